// The build failed on the second overload, with jsbind's message: what is wrong, where, what to do.
def log = new File(basedir, 'build.log').getText('UTF-8')
def source = new File(basedir, 'src/main/java/com/example/calc/Calculator.java').path
assert log.contains("[ERROR] ${source}:[11,17] [jsbind.ambiguous-overload] method Calculator.add(double, double)"
    + " and method Calculator.add(int, int) are overloads of the JavaScript method 'add', but JavaScript cannot"
    + " tell them apart")
assert log.contains("Rename one with @JsMethod(name = ")
assert log.contains('BUILD FAILURE')
assert !log.contains('jsbind.internal-error')
// Nothing half-made: no binding for the broken class, no API description.
assert !new File(basedir, 'target/classes/com/example/calc/Calculator_JsBinding.class').exists()
assert !new File(basedir, 'target/classes/META-INF/jsbind/jsbind.d.ts').exists()
true
