// Misuses the processor's golden values declarations: each marked line must get exactly that error.
declare const basket: Basket;

basket.add([{ name: 'apple', weight: 0.2 }]); // error TS2741
basket.add(5); // error TS2345
basket.byName('apple'); // error TS2345
basket.find(null); // error TS2345
basket.weights(['1'], null); // error TS2322
const weight: string = basket.find('x')!.weight; // error TS2322
basket.fruit = [{ name: 'a', weight: 1, origins: [{ country: 'NZ' }] }]; // error TS2741

const green: number = basket.ripeness({})!.GREEN; // error TS2322

export {};
