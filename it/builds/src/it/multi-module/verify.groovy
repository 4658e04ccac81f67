// The library's jar carries its own bindings and API description; the application's describe
// only the application's classes, naming the library's by their JavaScript names.
def text = { String path -> new File(basedir, path).getText('UTF-8') }

def shapes = text('shapes/target/classes/META-INF/jsbind/jsbind.d.ts')
assert shapes.contains('declare class Shape {')
assert shapes.contains('declare class Circle extends Shape {')
assert shapes.contains('/** The area, in square units. */\n  area(): number;')
assert shapes.contains('get style(): "SOLID" | "DASHED" | null;')

def app = text('app/target/classes/META-INF/jsbind/jsbind.d.ts')
assert app.contains('declare class Square extends Shape {')
assert app.contains('add(shape: Shape): void;')
assert app.contains('largest(): Shape | null;')
assert !app.contains('declare class Shape')

def report = text('app/target/classes/META-INF/jsbind/exposure.tsv')
assert report.contains('Square\tclass\tclass Square extends Shape\tcom.example.app.Square\n')

def jar = new java.util.jar.JarFile(new File(basedir, 'shapes/target/shapes-1.0.jar'))
['com/example/shapes/Shape_JsBinding.class', 'com/example/shapes/Circle_JsBinding.class',
 'META-INF/jsbind/jsbind.d.ts', 'META-INF/jsbind/exposure.tsv'].each { entry ->
  assert jar.getEntry(entry) != null : "shapes jar lacks $entry"
}
jar.close()

def log = text('build.log')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert !log.contains('[WARNING] /')
true
