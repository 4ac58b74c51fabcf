# Sourced by the benchmarks: editions made from the corpus, read in place (never copied into the repo).
#   import_corpus JAR CORPUS_DIR BASE_CONTENT   imports every corpus issue into BASE_CONTENT
#   replicate_edition BASE_CONTENT CONTENT N    copies each issue N times into earlier years
#   count_articles CONTENT                      prints the number of article sources

import_corpus() {
  local jar=$1 corpus=$2 base=$3 f journal
  rm -rf "$base"
  mkdir -p "$base"
  cp content/site.yaml "$base/"
  for f in "$corpus"/*.txt; do
    journal=$(basename "$f" .txt | sed -E 's/-[0-9]{4}-[0-9]{2}.*$//')
    java -jar "$jar" import "$f" --journal "$journal" --out "$base" >/dev/null
  done
}

replicate_edition() {
  local base=$1 content=$2 copies=$3 journal name issue folder year number target i
  rm -rf "$content"
  mkdir -p "$content"
  cp "$base/site.yaml" "$content/"
  for journal in "$base"/*/; do
    name=$(basename "$journal")
    mkdir -p "$content/$name"
    cp "$journal/journal.yaml" "$content/$name/"
    for issue in "$journal"/*/; do
      folder=$(basename "$issue"); year=${folder%-*}; number=${folder#*-}
      for ((i = 0; i < copies; i++)); do
        target="$content/$name/$((year - i))-$number"
        cp -r "$issue" "$target"
        sed -i -E "s/^year: .*/year: $((year - i))/" "$target/issue.yaml"
      done
    done
  done
}

count_articles() {
  find "$1" -name '*.md' -not -path '*/pages/*' -not -name '_*' | wc -l
}
