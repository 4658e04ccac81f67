// Type-checked by it/typescript against the declarations of both modules together: the library's
// (Shape, Circle) and the application's (Square extends Shape, Drawing).
const drawing = new Drawing();
drawing.add(new Circle(1));
const square = new Square(2);
square.style = 'DASHED';
drawing.add(square);
const largest: Shape | null = drawing.largest();
const area: number = largest === null ? 0 : largest.area();
const count: number = drawing.count;
const shape: Shape = square;
drawing.add(shape);
new Circle(2).radius();
Math.round(area + count);
