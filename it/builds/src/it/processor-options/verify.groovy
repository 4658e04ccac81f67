// -Ajsbind.dtsDir put a copy of the declarations into the web project; the reviewed baseline
// matched, so the build passed, warning-free under -Xlint:all -Werror.
def text = { String path -> new File(basedir, path).getText('UTF-8') }
def declarations = text('target/classes/META-INF/jsbind/jsbind.d.ts')
assert declarations.contains('declare class Meter {')
assert text('web/types/jsbind.d.ts') == declarations
assert text('target/classes/META-INF/jsbind/exposure.tsv').readLines().findAll { !it.startsWith('member\t') } ==
    text('jsbind-exposure.tsv').readLines().findAll { !it.startsWith('#') && !it.startsWith('member\t') && it.trim() }

def log = text('build.log')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains('BUILD SUCCESS')
assert !log.contains('not recognized by any processor')
true
