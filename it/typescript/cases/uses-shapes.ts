// Uses the processor's golden shapes declarations (processor/src/test/resources/golden/api): an
// exposed interface (Measurable) and a class that implements it (Shape, and Circle through Shape).
declare const circle: Circle;
declare const shape: Shape;

const measured: Measurable = circle; // an implementor is a Measurable
const total: number = Measurable.total(circle, shape);
const doubled: number = circle.doubled(); // the interface's members, on the implementor
const empty: boolean = shape.empty;
const area: number = measured.area();
const unit: string = Measurable.UNIT;
const isMeasurable: boolean = circle instanceof Measurable;
const made: Circle[] = [new Circle(), new Circle(2), new Circle(circle)]; // overloaded constructors
// What JSON.stringify sees: own, inherited (Shape) and interface (Measurable) properties.
const json: string = JSON.stringify(circle);
const owner: string | null = circle.toJSON().owner;
const emptyToo: boolean = circle.toJSON().empty;
const snapshot: { readonly name: string | null } = shape.toJSON();

export {};
