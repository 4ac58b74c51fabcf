#!/bin/sh
# Makes target/qikan.jsa, the class-data archive (AppCDS) the launcher maps at start, at `mvn package`:
#   class-archive.sh JAVA JAR BASEDIR WORKDIR ARCHIVE
# 1. Training: the packaged jar builds the sample edition (content/) and imports one printed issue of the
#    importer's golden inputs, each run listing the classes it loaded (-XX:DumpLoadedClassList): qikan's,
#    its libraries' and the JDK's, with the lambda and method-handle forms they used.
# 2. The two lists, joined in order without repeats, are dumped into a static archive (-Xshare:dump). A
#    static archive, unlike one made at exit (-XX:ArchiveClassesAtExit), also holds classes compiled for
#    old Java versions (picocli's and jdom2's, 250 classes) and pre-generated method-handle forms.
# Any failure leaves no archive, and the launcher then starts without one.
java=$1 jar=$2 base=$3 work=$4 archive=$5
set -e
rm -rf "$work" "$archive"
mkdir -p "$work"
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
"$java" $flags -XX:DumpLoadedClassList="$work/build.classes" -jar "$jar" build -q \
  --content "$base/content" --out "$work/site"
"$java" $flags -XX:DumpLoadedClassList="$work/import.classes" -jar "$jar" import -q \
  "$base/src/test/resources/importer/golden/wrapped-notes-at-page-top/input.txt" --journal training --out "$work/import"
cat "$work/build.classes" "$work/import.classes" | awk '!seen[$0]++' > "$work/classes"
"$java" -Xshare:dump -XX:SharedClassListFile="$work/classes" -XX:SharedArchiveFile="$archive" -cp "$jar"
