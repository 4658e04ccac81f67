// Scenarios of PoisonedRealmTest: calls of every parameter and result kind, copies of arrays,
// lists, sets, maps and values, functions both ways, promises, iterables, errors, final fields, toJSON,
// constructors, statics and accessors. Run as the body of __t(function () { ... }) (the test's own
// code, untracked); every call into the glue goes through G (tracked), every script function
// handed to Java through M (its body untracked). Inside G the code does nothing but touch the
// glue: no array writes, no method calls on intrinsics.
var G = __g, M = __mine;
var out = [];
function text(e) {
  return (e instanceof Error ? '' : 'non-Error ') + e.name + ': ' + e.message;
}
function show(v) {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'undefined': return 'undefined';
    case 'number': return Object.is(v, -0) ? 'number -0' : 'number ' + v;
    case 'string': return 'string ' + JSON.stringify(v);
    case 'boolean': return 'boolean ' + v;
    case 'function': return 'a function';
    case 'symbol': return 'a symbol';
  }
  if (v instanceof Error) return 'error ' + text(v);
  if (Array.isArray(v)) return '[' + v.map(show).join(', ') + ']';
  if (v instanceof Set) return 'Set{' + Array.from(v).map(show).join(', ') + '}';
  if (v instanceof Promise) return 'a promise';
  var proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return 'a ' + proto.constructor.name;
  return '{' + Object.keys(v).map(function (k) { return k + ': ' + show(v[k]); }).join(', ') + '}';
}
var count = 0;
function S(name, f) {
  var r;
  try {
    r = show(f());
  } catch (e) {
    r = 'threw ' + text(e);
  }
  count++;
  out.push(name + ' => ' + r);
}
// A promise's outcome, recorded when it settles (after the current script).
function P(name, f) {
  count++;
  try {
    var p = f();
    p.then(M(function (v) { out.push(name + ' => resolved ' + show(v)); }),
        M(function (e) { out.push(name + ' => rejected ' + text(e)); }));
  } catch (e) {
    out.push(name + ' => threw ' + text(e));
  }
}
// A thenable of the test's own (its `then` is the test's code).
function thenable(value, fail) {
  return {then: M(function (resolve, reject) { if (fail) reject(new Error(value)); else resolve(value); })};
}

// ---- every primitive, box, enum and object kind, both ways ----
var t = G(function () { return new Types(); });
S('boolean', function () { return G(function () { return t.echoBoolean(true); }); });
S('byte', function () { return G(function () { return t.echoByte(-128); }); });
S('short', function () { return G(function () { return t.echoShort(32767); }); });
S('int', function () { return G(function () { return t.echoInt(-2147483648); }); });
S('long', function () { return G(function () { return t.echoLong(9007199254740991); }); });
S('float', function () { return G(function () { return t.echoFloat(0.1); }); });
S('double', function () { return G(function () { return t.echoDouble(-0); }); });
S('char', function () { return G(function () { return t.echoChar('\u00e9'); }); });
S('string', function () { return G(function () { return t.echoString('h\u00e9llo \ud83d\ude00'); }); });
S('boxes', function () {
  return G(function () {
    return t.echoBoxedBoolean(null) + '|' + t.echoBoxedByte(3) + '|' + t.echoBoxedShort(null) + '|'
        + t.echoBoxedInt(42) + '|' + t.echoBoxedLong(null) + '|' + t.echoBoxedFloat(1.5) + '|'
        + t.echoBoxedDouble(null) + '|' + t.echoBoxedChar('q') + '|' + t.echoBoxedChar(null);
  });
});
S('enum', function () { return G(function () { return t.echoColor('GREEN'); }); });
S('enum null', function () { return G(function () { return t.echoColor(null); }); });
S('object', function () { return G(function () { return t.echoTypes(t) === t; }); });
S('mixed', function () { return G(function () { return t.describe(1, 'b', 'BLUE', t); }); });
S('long too big', function () { return G(function () { return t.maxLong(); }); });
S('nulls', function () {
  return G(function () {
    return t.nullLong() === null && t.nullString() === null && t.nullColor() === null && t.nullTypes() === null
        && t.nullChar() === null && t.nothing() === undefined;
  });
});
S('static', function () { return G(function () { return Types.twice(21) + Types.create().fixed; }); });
S('fields', function () {
  return G(function () {
    t.text = 'u';
    t.color = 'BLUE';
    t.ratio = 0.25;
    return t.fixed + t.text + t.color + t.ratio;
  });
});
S('int out of range', function () { return G(function () { return t.echoInt(2147483648); }); });
S('int not a number', function () { return G(function () { return t.echoInt('1'); }); });
S('byte out of range', function () { return G(function () { return t.echoByte(200); }); });
S('char too long', function () { return G(function () { return t.echoChar('xy'); }); });
S('bad enum', function () { return G(function () { return t.echoColor('PURPLE'); }); });
S('bad object', function () { return G(function () { return t.echoTypes({}); }); });
S('arity', function () { return G(function () { return t.echoInt(); }); });
S('object to string', function () { return G(function () { return t.echoString({toString: M(function () { return 'x'; })}); }); });
S('symbol', function () { return G(function () { return t.echoInt(Symbol('s')); }); });
var fake = {m: Types.prototype.echoInt};
S('illegal invocation', function () { return G(function () { return fake.m(1); }); });
S('read-only', function () { return G(function () { t.fixed = 3; return t.fixed; }); });

// ---- constructors, overloads, accessors, final fields, subclasses, statics ----
var c = G(function () { return new Counter(5); });
S('counter', function () { return G(function () { return c.add(3) + ' ' + c.add(1, 2) + ' ' + c.value + ' ' + c.kind; }); });
S('counter static', function () { return G(function () { return Counter.zero().value; }); });
S('instanceof', function () { return G(function () { return c instanceof Counter; }); });
class Sub extends Counter {
  constructor(v) { super(v); } // the default one spreads its arguments through Array.prototype's iterator
  twice() { return 2 * this.value; }
}
S('subclass', function () { return G(function () { var s = new Sub(4); return s.twice() + ' ' + (s instanceof Counter); }); });
S('no new', function () { return G(function () { return Counter(1); }); });
var circle = G(function () { return new Circle(1); });
S('inheritance', function () {
  return G(function () { return circle.describe() + ' ' + circle.kind + ' ' + circle.biggerThan(Shape.unit()); });
});
S('abstract', function () { return G(function () { return new Shape(); }); });
var holder = G(function () { return new Holder(null); });
S('holder', function () {
  return G(function () {
    holder.held = c;
    holder.other = null;
    Holder.shared = c;
    return holder.strict.value + ' ' + holder.loose.value + ' ' + (holder.held === c) + ' ' + holder.other + ' '
        + (Holder.shared === c) + ' ' + Holder.describe(null, 'l') + ' ' + Holder.none();
  });
});
S('holder null', function () { return G(function () { holder.held = null; }); });
S('constants', function () {
  return G(function () {
    return Limits.MAX + ' ' + Limits.SMALL + ' ' + Limits.BIG + ' ' + Limits.NAME + ' ' + Limits.DEFAULT_COLOR + ' '
        + Limits.THIRD + ' ' + Limits.SEPARATOR + ' ' + Limits.STRICT + ' ' + Limits.BOXED + ' ' + Limits.NEGATIVE_ZERO;
  });
});
S('static fields', function () {
  return G(function () {
    Limits.count = 3;
    Limits.label = 'l';
    Limits.shared = c;
    Limits.color = 'RED';
    Limits.renamed = 2;
    return Limits.count + Limits.label + (Limits.shared === c) + Limits.color + Limits.renamed;
  });
});
S('roster', function () {
  return G(function () { var r = new Roster(['a', 'b'], undefined); return r.describe() + ' ' + r.greet() + ' ' + Roster.tagged(); });
});

// ---- copies: arrays, lists, sets, maps, Optionals, values ----
S('sum', function () { return G(function () { return Inventory.sum([1, 2, 3]); }); });
S('doubled', function () { return G(function () { return Inventory.doubled([1, 2, 3]); }); });
S('primitives', function () {
  return G(function () { return Inventory.primitives([true, false], [1, -2], [300], [9007199254740991], [0.5], [1.25], ['c']); });
});
S('longs', function () { return G(function () { return Inventory.longs(5); }); });
S('letters', function () { return G(function () { return Inventory.letters('abc'); }); });
S('upper', function () { return G(function () { return Inventory.upper(['a', null, 'c']); }); });
S('grid', function () { return G(function () { return Inventory.grid(2, 3); }); });
S('total', function () { return G(function () { return Inventory.total([[1, 2], [3]]); }); });
S('colors', function () { return G(function () { return Inventory.colors(['RED', null]); }); });
S('squares', function () { return G(function () { return Inventory.squares([1, null, 3]); }); });
var ba = new Set(['b', 'a']), redBlue = new Set(['RED', 'BLUE']), justA = new Set(['a']), tu = new Set(['t', 'u']);
S('set', function () { return G(function () { return Inventory.sorted(ba); }); });
S('map result', function () { return G(function () { return Inventory.lengths(['ab', 'c', '__proto__']); }); });
S('map argument', function () { return G(function () { return Inventory.describe({a: [1, 2], b: []}); }); });
S('nested', function () { return G(function () { return Inventory.nested([{k: [1, 2]}, {}]); }); });
S('nested text', function () { return G(function () { return Inventory.nestedText([{k: [1, 2]}]); }); });
S('counters', function () { return G(function () { var r = Inventory.counters([c, c]); return (r[0] === c) + ' ' + r.length; }); });
S('fresh', function () { return G(function () { var r = Inventory.fresh(2); return r[1].value; }); });
S('with null', function () { return G(function () { return Inventory.withNull(c); }); });
S('palette', function () { return G(function () { return Inventory.palette(redBlue); }); });
S('nullable list', function () { return G(function () { return Inventory.sizeOrMinusOne(null); }); });
S('none', function () { return G(function () { return Inventory.none(); }); });
S('broken', function () { return G(function () { return Inventory.broken(); }); });
S('keys', function () { return G(function () { return Inventory.keys({a: 1, b: 2}); }); });
S('null key', function () { return G(function () { return Inventory.nullKey(); }); });
S('tally', function () { return G(function () { return Inventory.tally(['RED', 'RED', 'BLUE']); }); });
S('paint', function () { return G(function () { return Inventory.paint({RED: ['x']}); }); });
S('optional', function () { return G(function () { return Inventory.find('k') + ' ' + Inventory.find(''); }); });
S('optional argument', function () { return G(function () { return Inventory.orElse(undefined) + Inventory.orElse('v'); }); });
S('optional counter', function () { return G(function () { return Inventory.counterIf(true).value; }); });
S('optionals', function () { return G(function () { return Inventory.optionals([1, undefined, 3]); }); });
S('optional int', function () { return G(function () { return Inventory.firstEven([1, 4]) + ' ' + Inventory.firstEven([1]); }); });
S('optional long', function () { return G(function () { return Inventory.orZero(undefined) + Inventory.orZero(4); }); });
S('optional double', function () { return G(function () { return Inventory.mean([1, 2]); }); });
S('value', function () { return G(function () { return Inventory.move({x: 1, y: 2}, 1, 1); }); });
S('items', function () { return G(function () { return Inventory.describeItems([{name: 'a', count: 1}, {name: 'b', count: 2, note: 'n'}]); }); });
S('order', function () {
  return G(function () {
    return Inventory.orderText({id: 'o1', items: [{name: 'a', count: 1}], where: {x: 1, y: 2}, colors: {k: 'RED'}, counter: c});
  });
});
S('tree', function () { return G(function () { return Inventory.treeSize({name: 'r', children: [{name: 'c', children: []}]}); }); });
S('tree result', function () { return G(function () { return Inventory.tree(2); }); });
S('cyclic', function () { return G(function () { return Inventory.cyclic(); }); });
S('overloads', function () {
  return G(function () {
    return Inventory.kind(['a']) + ' | ' + Inventory.kind('s') + ' | ' + Inventory.kind({x: 1, y: 2}) + ' | '
        + Inventory.kind(justA);
  });
});
var big = [];
for (var i = 0; i < 20000; i++) big.push(i % 7);
S('growing tape', function () { return G(function () { return Inventory.sum(big); }); });
S('growing result', function () { return G(function () { return Inventory.doubled(big).length; }); });
var inventory = G(function () { return new Inventory(); });
S('instance collections', function () {
  return G(function () {
    inventory.tags = tu;
    inventory.names = ['n'];
    return [inventory.tags, inventory.names, inventory.featured];
  });
});
S('bad element', function () { return G(function () { return Inventory.sum([1, 'x']); }); });
S('not an array', function () { return G(function () { return Inventory.sum('no'); }); });
S('bad map value', function () { return G(function () { return Inventory.keys({a: 'x'}); }); });
S('bad value', function () { return G(function () { return Inventory.move({x: 'a', y: 2}, 0, 0); }); });
S('getter element', function () {
  var a = [1, 2];
  Object.defineProperty(a, '1', {__proto__: null, get: M(function () { return 5; })});
  return G(function () { return Inventory.sum(a); });
});

// ---- functions both ways ----
S('applyInt', function () { return G(function () { return Callbacks.applyInt(M(function (x) { return x + 1; }), 2); }); });
S('map fn', function () { return G(function () { return Callbacks.map(M(function (x) { return 's' + x; }), 3); }); });
S('sumMapped', function () { return G(function () { return Callbacks.sumMapped(M(function (x) { return 2 * x; }), 3); }); });
S('predicate', function () { return G(function () { return Callbacks.test(M(function (s) { return s === 'ab'; }), 'ab'); }); });
S('supply', function () { return G(function () { return Callbacks.supply(M(function () { return c; })) === c; }); });
S('pick', function () { return G(function () { return Callbacks.pick(M(function (n) { return n; }), 'BLUE'); }); });
S('painter', function () {
  return G(function () {
    return Callbacks.paint(M(function (n, color, counter) { return n + color + G(function () { return counter.value; }); }), c);
  });
});
S('compose', function () {
  return G(function () {
    return Callbacks.compose(M(function (a) { return M(function (b) { return a + b; }); }), 'x', 'y');
  });
});
S('comparator', function () {
  return G(function () { return Callbacks.sorted(M(function (a, b) { return a < b ? 1 : a > b ? -1 : 0; }), 'a', 'b'); });
});
S('fold', function () { return G(function () { return Callbacks.fold(M(function (a, b) { return a + b; }), 1, 2); }); });
S('callable', function () { return G(function () { return Callbacks.callIt(M(function () { return 'done'; })); }); });
S('keep and fire', function () {
  var got = [];
  G(function () { Callbacks.keep(M(function (v) { got.push(v); })); Callbacks.fire('f'); });
  return got;
});
S('callback throws', function () { return G(function () { return Callbacks.tryCall(M(function () { throw new Error('boom'); })); }); });
S('callback throws a string', function () { return G(function () { return Callbacks.tryCall(M(function () { throw 'str'; })); }); });
S('callback bad result', function () { return G(function () { return Callbacks.applyInt(M(function () { return 'x'; }), 1); }); });
S('optional function', function () { return G(function () { return Callbacks.maybe() + Callbacks.orDefault(null); }); });
S('java supplier', function () {
  return G(function () { return Callbacks.withSupplier(M(function (s) { return G(function () { return s(); }) + '!'; })); });
});
S('java functions', function () {
  return G(function () {
    return Callbacks.adder(2)(3) + ' ' + Callbacks.repeat()('ab', 2) + ' ' + Callbacks.logger('x')() + ' '
        + (Callbacks.same() === Callbacks.same());
  });
});
S('java function fails', function () { return G(function () { return Callbacks.failing()('x'); }); });
S('java function bad argument', function () { return G(function () { return Callbacks.adder(1)('x'); }); });
S('calls back', function () {
  var got = [];
  var n = G(function () { return Callbacks.callsBack()(M(function (s) { got.push(s); })); });
  return n + ' ' + got;
});
S('results', function () {
  var r = G(function () { return new Results(); });
  return G(function () {
    r.ratio = 0.75;
    return r.plus(1, 2) + ' ' + r.isEven(3) + ' ' + r.unit(65) + ' ' + r.narrow(0.1) + ' ' + r.times(2, 3) + ' '
        + r.orNull(0) + ' ' + r.charOrNull(66) + ' ' + r.flagOrNull(1) + ' ' + r.ratio + ' ' + Results.scaled(2) + ' '
        + r.around(M(function () { return 5; })) + ' ' + r.nullAfter(M(function () {})) + ' '
        + r.charAfter(M(function () {}), 67) + ' ' + r.voidAfter(M(function () {})) + ' ' + r.subtracter()(5, 3);
  });
});
S('java exception', function () { var r = G(function () { return new Results(); }); return G(function () { return r.failInt('bad'); }); });
S('java exception void', function () { var r = G(function () { return new Results(); }); return G(function () { return r.failVoid('bad'); }); });
S('java exception after', function () {
  var r = G(function () { return new Results(); });
  return G(function () { return r.failAfter(M(function () { return 1; })); });
});

// ---- iterables and iterators ----
S('iterable', function () {
  return G(function () {
    var s = '', it = Callbacks.range(3)[Symbol.iterator](), step;
    while (!(step = it.next()).done) s += step.value + ',';
    return s;
  });
});
S('iterator', function () {
  return G(function () { var it = Callbacks.naturals(); return it.next().value + it.next().value + it.next().value; });
});
S('iterable of counters', function () {
  return G(function () { var it = Callbacks.counters(2)[Symbol.iterator](); it.next(); return it.next().value.value; });
});
S('broken iterator', function () { return G(function () { return Callbacks.broken().next(); }); });
S('walk', function () {
  var got = [];
  G(function () {
    Callbacks.walk(M(function (iterable) { for (var x of iterable) got.push(x); }));
  });
  return got;
});

// ---- promises both ways ----
P('done', function () { return G(function () { return Callbacks.done(42); }); });
P('counter later', function () { return G(function () { return Callbacks.counterLater(); }); });
P('nothing', function () { return G(function () { return Callbacks.nothing(); }); });
P('too big', function () { return G(function () { return Callbacks.tooBig(); }); });
S('await thenable', function () { return G(function () { return Callbacks.await(thenable(7)); }); });
S('chain thenable', function () { return G(function () { return Callbacks.chain(thenable('s')); }); });
S('chain rejected thenable', function () { return G(function () { return Callbacks.chain(thenable('no', true)); }); });
S('await bad value', function () { return G(function () { return Callbacks.await(thenable('x')); }); });
P('fetch via', function () { return G(function () { return Callbacks.fetchVia(M(function (n) { return thenable('f' + n); })); }); });
S('hand over', function () {
  var got = [];
  G(function () {
    Callbacks.handOver(M(function (p) { p.then(M(function (v) { out.push('hand over => resolved ' + show(v)); })); }));
  });
  return 'handed';
});
S('await native promise', function () {
  var p = Promise.resolve(7);
  return G(function () { return Callbacks.await(p); });
});
S('await glue promise', function () { return G(function () { return Callbacks.await(Callbacks.done(8)); }); });
S('chain rejected native promise', function () {
  var p = Promise.reject(new Error('no'));
  return G(function () { return Callbacks.chain(p); });
});

// ---- rest and optional parameters, interfaces, combined prototypes ----
S('rest', function () { return G(function () { return Flexible.sum(1, 2, 3) + ' ' + Flexible.sum(); }); });
S('rest strings', function () { return G(function () { return Flexible.join('-', undefined, 'a', 'b'); }); });
S('rest objects', function () { return G(function () { return Flexible.counters(c, c) + ' ' + Flexible.flags(true, false); }); });
S('rest boxes', function () { return G(function () { return Flexible.mixed(1.5, null); }); });
S('rest bad', function () { return G(function () { return Flexible.sum(1, 'x'); }); });
S('optional parameters', function () {
  return G(function () { return Flexible.greet('hi') + ' ' + Flexible.greet('hi', 'bo', 'RED') + ' ' + Flexible.pick(); });
});
S('combined interfaces', function () {
  return G(function () {
    var both = Tagged.both(3, 'x'), again = Tagged.bothAgain(5), tc = Tagged.taggedCounter(4, 'c');
    return both.size() + ' ' + both.tag() + ' ' + both.label + ' ' + (both instanceof Sized) + ' ' + (both instanceof Tagged)
        + ' ' + Sized.total(both, again) + ' ' + tc.value + ' ' + (tc instanceof Tagged) + ' ' + both.largerThan(Sized.hidden(2));
  });
});
S('interface instanceof', function () { return G(function () { return ({}) instanceof Sized; }); });
// ---- toJSON of wrappers: the glue's own toJSON is called inside G; JSON.stringify (the script's
// call, which looks up toJSON on intrinsics itself) only outside it ----
var acct = G(function () { return new Account('ann', 7, 12.5); });
var tjFake = {toJSON: Account.prototype.toJSON};
var tjOther = Object.setPrototypeOf(G(function () { return new Faulty(); }), Account.prototype);
S('toJSON', function () { return G(function () { return acct.toJSON(); }); });
S('toJSON nested', function () {
  return G(function () { acct.backup = new Savings('cy', 9); var o = acct.toJSON(); return o.backup.toJSON(); });
});
S('toJSON same snapshot', function () { return G(function () { var a = acct.toJSON(); return a === acct.toJSON(); }); });
S('toJSON after a change', function () {
  return G(function () { var a = acct.toJSON(); acct.balance = 1; var b = acct.toJSON(); return (a !== b) + ' ' + b.balance; });
});
S('toJSON combined', function () {
  return G(function () { return Tagged.both(3, 'x').toJSON().tagLine + ' ' + Tagged.taggedCounter(4, 'c').toJSON().tagLine; });
});
S('toJSON throwing getter', function () { return G(function () { return new Faulty().toJSON(); }); });
S('toJSON forged receiver', function () { return G(function () { return tjFake.toJSON(); }); });
S('toJSON other class', function () { return G(function () { return tjOther.toJSON(); }); });
S('toJSON cycle', function () {
  return G(function () { var o = new Loop().toJSON(); return (o.self.toJSON() === o) + ' ' + o.name; });
});
S('toJSON declared', function () { return G(function () { return new Custom().toJSON('k') + ' ' + new CustomChild().toJSON(); }); });
S('JSON.stringify', function () { return JSON.stringify(acct) + ' ' + JSON.stringify([new Savings('s', 3)]); });
S('JSON.stringify cycle', function () { return JSON.stringify(new Loop()); });
__out = out;
__count = count;
