// The API grew without review: the compilation failed on Meter with the line to review, and the
// new report is there to be copied over the baseline.
def log = new File(basedir, 'build.log').getText('UTF-8')
def source = new File(basedir, 'src/main/java/com/example/meter/Meter.java').path
def baseline = new File(basedir, 'jsbind-exposure.tsv').path
assert log.contains("[ERROR] ${source}:[8,8] [jsbind.exposure-changed] The JavaScript API of class Meter"
    + " (com.example.meter.Meter) is not the one reviewed in the exposure baseline ${baseline}")
assert log.contains('+ Meter.prototype.reset   method   () => void   void com.example.meter.Meter.reset()')
assert log.contains('BUILD FAILURE')
def report = new File(basedir, 'target/classes/META-INF/jsbind/exposure.tsv').getText('UTF-8')
assert report.contains('Meter.prototype.reset\tmethod\t() => void\tvoid com.example.meter.Meter.reset()\n')
true
