// The Kotlin classes got bindings through kapt, compiled warning-free by javac, and the scripts in
// ThermostatScriptTest passed against them; the declarations show Kotlin's properties and nullability.
def text = { String path -> new File(basedir, path).getText('UTF-8') }
def log = text('build.log')
assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/classes/com/example/kt/Thermostat_JsBinding.class').isFile()
true
