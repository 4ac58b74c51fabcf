// Checks what the commands of invoker.properties made (basedir: this project's copy under target/it/).
import java.nio.file.*

Path base = basedir.toPath()
Path log = base.resolve('build.log')
String text = Files.readString(log)

// mvn package: the edition in target/site-output/
assert Files.isRegularFile(base.resolve('target/site-output/harbor-studies/2025-01/feeder-networks.html'))
// mvn qikan:serve: built, served on 127.0.0.1, stopped after the given time
assert text =~ /Serving .* at http:\/\/127\.0\.0\.1:\d+\//
// mvn site: the edition is the site
Path site = base.resolve('target/site')
String article = Files.readString(site.resolve('harbor-studies/2025-01/feeder-networks.html'))
assert article.contains('支线航运网络的韧性评估')
assert !article.contains('__qikan')
assert Files.isRegularFile(site.resolve('en/index.html'))

Map<String, byte[]> tree(Path root) {
    Map<String, byte[]> files = new TreeMap<>()
    Files.walk(root).filter { Files.isRegularFile(it) }.forEach { files.put(root.relativize(it).toString(), Files.readAllBytes(it)) }
    return files
}

boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
    a.keySet() == b.keySet() && a.every { k, v -> Arrays.equals(v, b[k]) }
}

// mvn site:stage and mvn site-deploy (file: URL): the same tree as target/site
def built = tree(site)
assert built.size() > 20
assert same(tree(base.resolve('target/staging')), built)
assert same(tree(base.resolve('target/published')), built)

// mvn qikan:bag: a strict BagIt bag of the edition, the site under data/
Path bag = base.resolve('target/deposit-bag')
assert Files.readString(bag.resolve('bagit.txt')).startsWith('BagIt-Version: 1.0')
assert Files.readString(bag.resolve('manifest-sha256.txt')).contains('  data/harbor-studies/2025-01/feeder-networks.html')
assert Files.isRegularFile(bag.resolve('tagmanifest-sha512.txt'))
assert Arrays.equals(Files.readAllBytes(bag.resolve('data/index.html')), Files.readAllBytes(base.resolve('target/site-output/index.html')))
return true
