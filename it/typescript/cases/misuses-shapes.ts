// Misuses the processor's golden shapes declarations: each marked line must get exactly that error.
declare const circle: Circle;

new Measurable(); // error TS2674
Measurable.total(circle, 3); // error TS2345
const radius: number = (circle as Measurable).radius(); // error TS2339
circle.doubled(2); // error TS2554
new Circle('2'); // error TS2769
circle.toJSON().radius; // error TS2339
circle.toJSON().name = 'x'; // error TS2540

export {};
