// Uses the processor's golden values declarations (processor/src/test/resources/golden/api):
// arrays, Sets, Record maps, Optionals as `T | undefined`, and an interface per @JsValue class.
declare const basket: Basket;

const apple: Fruit = { name: 'apple', weight: 0.2, origins: [{ country: 'NZ', year: 2024 }] };
const count: number = basket.add([apple, { name: null, weight: 1, variety: 'gala', origins: [] }]);
basket.fruit = [apple];
const fruit: Fruit[] | null = basket.fruit;
const names: Set<string | null> | null = basket.names();
const byName: Record<string, Fruit[]> | null = basket.byName(new Set(['apple']));
const found: Fruit | undefined = basket.find(undefined);
const alsoFound: Fruit | undefined = basket.find('apple');
const weights: number[] | null = basket.weights([1, 2.5], null);
const others: (Basket | null)[] | null = basket.nested([{ a: [[1, 2], [3]] }]);
Basket.prices = { apple: 3, pear: null };
const ripeness: Partial<Record<'GREEN' | 'RIPE' | 'OVERRIPE', number | null>> | null = basket.ripeness({ RIPE: [apple] });
const variety: string | undefined = found?.variety;

export {};
