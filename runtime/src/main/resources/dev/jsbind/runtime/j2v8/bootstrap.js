// jsbind bootstrap: evaluated once per runtime, before any user script runs.
//
// It captures every intrinsic the glue relies on while they are still pristine, so a script that
// later replaces globals or patches prototypes (WeakMap.prototype.get, Function.prototype.call,
// TypeError, eval, ...) can neither intercept the glue nor forge a receiver. Everything it builds
// stays in this closure; Java holds the returned object, which no script can reach.
//
// natives: Java callbacks {takeError, settled}; token: the object Java returns instead of throwing;
// frame: a Float64Array over memory shared with Java; slots: an array whose slots always exist
// (both described in ArgumentSlots.java); scriptName: how eval'd scripts appear in stacks;
// valuesSource: values.js, the codec of values copied across (arrays, collections, @JsValue).
(function (natives, token, frame, slots, scriptName, valuesSource) {
  'use strict';
  var evalScript = eval;
  var WeakMapCtor = WeakMap;
  var wmGet = WeakMap.prototype.get, wmSet = WeakMap.prototype.set;
  var freeze = Object.freeze, create = Object.create, defineProperty = Object.defineProperty;
  var setPrototypeOf = Object.setPrototypeOf, getPrototypeOf = Object.getPrototypeOf;
  var getOwnPropertyNames = Object.getOwnPropertyNames, getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  var ObjectPrototype = Object.prototype, hasInstanceSymbol = Symbol.hasInstance;
  var apply = Reflect.apply;
  var ErrorCtor = Error, TypeErrorCtor = TypeError, RangeErrorCtor = RangeError;
  var captureStackTrace = Error.captureStackTrace;
  var StringCtor = String, strSlice = String.prototype.slice, fromCharCode = String.fromCharCode;
  var floor = Math.floor, fround = Math.fround;
  var takeError = natives.takeError;
  // How many slots (and frame words) there are: Java filled the array before this ran.
  var SLOTS = slots.length;

  var MAX_MESSAGE = 10000, MAX_STACK = 20000;

  // A WeakMap whose methods are own, frozen properties: lookups never reach the patchable prototype.
  function privateWeakMap() {
    var map = new WeakMapCtor();
    defineProperty(map, 'get', {value: wmGet});
    defineProperty(map, 'set', {value: wmSet});
    return freeze(map);
  }

  // A Map likewise (for tables keyed by number: deleting from an object's numbered elements made
  // dropping many entries quadratic in V8 5.4).
  var MapCtor = Map;
  var mapGet = Map.prototype.get, mapSet = Map.prototype.set, mapDelete = Map.prototype['delete'];
  function privateMap() {
    var map = new MapCtor();
    defineProperty(map, 'get', {value: mapGet});
    defineProperty(map, 'set', {value: mapSet});
    defineProperty(map, 'remove', {value: mapDelete});
    return freeze(map);
  }

  // wrapper -> id of its Java object. Brand wrappers only through adopt(): it also replaces the
  // final-field record of the id (records, below), which a reused id must never find stale.
  var brands = privateWeakMap();
  // id -> the values of the final fields of the object whose wrapper has that id, when its class has
  // some (FinalFields.java): built by the record maker of its class's template (registered under the
  // template's number) when adopt() brands the wrapper. Every brand is set by adopt(), which also
  // replaces the record, so an id reused for another wrapper never finds the last one's record. Keyed
  // by id rather than by wrapper: an entry in a WeakMap made wrapping several times slower (V8 5.4).
  // No prototype: reading an id without a record must not reach Object.prototype.
  var records = create(null);
  var makers = create(null);
  // The last errors made from Java exceptions, with the ids of those exceptions: Java keeps only the
  // last 64 exceptions too (ErrorBridge). A ring, not a WeakMap: a WeakMap entry per failure made
  // every failing call several times slower (ephemeron bookkeeping in V8 5.4).
  var CAUSES = 64, causeErrors = [], causeIds = [], nextCause = 0;
  for (var c = 0; c < CAUSES; c++) {
    causeErrors[c] = null; // own slots, filled before any script can put setters on Array.prototype
    causeIds[c] = 0;
  }
  function causeOf(e) {
    for (var i = 0; i < CAUSES; i++) {
      if (causeErrors[i] === e) return causeIds[i];
    }
    return 0;
  }

  function clip(s, max) {
    return s.length > max ? apply(strSlice, s, [0, max]) + '\u2026' : s;
  }

  // Never runs user code for primitives; for objects it may (toString), so callers wrap it in try.
  function describe(v) {
    switch (typeof v) {
      case 'number': return v === 0 && 1 / v < 0 ? '-0' : StringCtor(v);
      case 'string': return '"' + clip(v, 40) + '"';
      case 'boolean': return v ? 'true' : 'false';
      case 'undefined': return 'undefined';
      case 'symbol': return 'a symbol';
      case 'function': return 'a function';
      default:
        if (v === null) return 'null';
        return brands.get(v) !== undefined ? 'a wrapped Java object of another class' : 'an object';
    }
  }

  // Turns the error Java left pending into a real JS Error, thrown by the caller.
  function fail() {
    var message = takeError();
    var kind = frame[1], cause = frame[2];
    frame[2] = 0;
    var error = kind === 1 ? new TypeErrorCtor(message) : kind === 2 ? new RangeErrorCtor(message) : new ErrorCtor(message);
    if (cause !== 0) {
      causeErrors[nextCause] = error;
      causeIds[nextCause] = cause;
      nextCause = (nextCause + 1) % CAUSES;
    }
    return error; // its stack starts at fail(): capturing it again without that frame cost ~5 µs
  }

  // Gives a new error its stack from the caller of `fn` on (the glue's own frames left out). V8
  // writes the stack's first line at once from the error's `name`, which the error inherits from a
  // prototype a script may have redefined: for that moment the error has an own `name`.
  function stackFrom(error, name, fn) {
    if (!captureStackTrace) return error;
    defineProperty(error, 'name', {__proto__: null, value: name, writable: true, configurable: true});
    captureStackTrace(error, fn);
    delete error.name;
    return error;
  }

  function typeError(message) {
    return stackFrom(new TypeErrorCtor(message), 'TypeError', typeError);
  }

  // Builds the error for an argument that failed its check. Numbers that are whole (or, for
  // float, any number) but outside the type's range are RangeErrors; everything else is a TypeError.
  function badArg(where, expected, v, numeric) {
    var message = where + ' must be ' + expected + ', got ' + describe(v);
    return numeric !== '' && typeof v === 'number' && v === v && (numeric === 'float' || floor(v) === v)
        ? stackFrom(new RangeErrorCtor(message), 'RangeError', badArg)
        : stackFrom(new TypeErrorCtor(message), 'TypeError', badArg);
  }

  // Brands the wrapper Java just created (its id waits in frame[0]); a no-op for existing wrappers.
  // With a new wrapper, frame[1] holds the number of the maker of its final-field record (0: none),
  // whose values wait in the frame and slots from index 2 on.
  function adopt(wrapper) {
    var id = frame[0];
    if (id !== 0) {
      frame[0] = 0;
      brands.set(wrapper, id);
      var maker = frame[1];
      records[id] = maker === 0 ? undefined : makers[maker]();
    }
    return wrapper;
  }

  // What an overloaded constructor returns: the wrapper `r` of the new Java object, given the
  // prototype of `target` (new.target) when a script's subclass of `cls` is being constructed.
  function made(r, target, cls) {
    if (target !== cls) setPrototypeOf(r, target.prototype);
    return r;
  }

  // Registers a template's final-field record maker under the template's number.
  function maker(number, make) {
    makers[number] = make;
  }

  // The prototypes of the realm's errors (and Object.prototype), with what their `name` and
  // `message` were before any script ran. Reading a thrown value, the glue reads data properties
  // wherever they are, and runs an accessor only where the script defined it on its own objects:
  // an accessor found on one of these prototypes was put there by a script to run inside the glue,
  // so the value the realm started with is used instead.
  var intrinsicProtos = privateMap();
  var errorCtors = [ErrorCtor, TypeErrorCtor, RangeErrorCtor, SyntaxError, ReferenceError, EvalError, URIError];
  for (var ec = 0; ec < errorCtors.length; ec++) {
    var errorProto = errorCtors[ec].prototype;
    intrinsicProtos.set(errorProto, {__proto__: null, name: errorProto.name, message: errorProto.message});
  }
  intrinsicProtos.set(ObjectPrototype, create(null));
  intrinsicProtos.set(getPrototypeOf(Function), create(null));

  // o[key] as described above; may run a script's getter or Proxy trap, so callers wrap it in try.
  function property(o, key) {
    for (var p = o; p !== null; p = getPrototypeOf(p)) {
      var d = getOwnPropertyDescriptor(p, key);
      if (d === undefined) continue;
      setPrototypeOf(d, null); // `'value' in d` and `d.get` must not reach Object.prototype
      if ('value' in d) return d.value;
      var pristine = intrinsicProtos.get(p);
      if (pristine !== undefined) return pristine[key];
      return d.get === undefined ? undefined : apply(d.get, o, []);
    }
    return undefined;
  }

  // Text for a value a script threw: a string as is; an object through a toString of the
  // script's own (never one of the realm's, which a script may have replaced with a trap).
  function safeString(v, fallback) {
    try {
      if (typeof v === 'string') return clip(v, MAX_MESSAGE);
      if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return describe(v);
      for (var p = v; p !== null; p = getPrototypeOf(p)) {
        var d = getOwnPropertyDescriptor(p, 'toString');
        if (d === undefined) continue;
        setPrototypeOf(d, null);
        if (intrinsicProtos.get(p) !== undefined || typeof d.value !== 'function') return fallback;
        var s = apply(d.value, v, []);
        return typeof s === 'string' ? clip(s, MAX_MESSAGE) : fallback;
      }
      return fallback;
    } catch (ignored) {
      return fallback;
    }
  }

  // An error's field as a string, or null when it cannot be read (a throwing getter or toString,
  // or no stack left to call them).
  function errorField(e, key) {
    var v;
    try {
      v = property(e, key); // as read() does: never an accessor of the realm's error prototypes
    } catch (ignored) {
      return null;
    }
    return safeString(v, null);
  }

  // Whether the stack is (nearly) exhausted here: a few more frames do not fit.
  function stackExhausted() {
    try {
      depthProbe(32);
      return false;
    } catch (ignored) {
      return true;
    }
  }

  function depthProbe(n) {
    return n === 0 ? 0 : depthProbe(n - 1) + 1;
  }

  function read(object, key) {
    try {
      return property(object, key);
    } catch (ignored) {
      return undefined;
    }
  }

  // The stack of a script's error. V8 writes its first line when it is first read, from `name`
  // and `message`, which the error may inherit from a prototype a script redefined: for that
  // moment the error has them as own properties (already read, as above).
  function stackOf(e, name, message) {
    var addName = false, addMessage = false;
    try {
      addName = getOwnPropertyDescriptor(e, 'name') === undefined;
      if (addName) defineProperty(e, 'name', {__proto__: null, value: name, writable: true, configurable: true});
      addMessage = getOwnPropertyDescriptor(e, 'message') === undefined;
      if (addMessage) defineProperty(e, 'message', {__proto__: null, value: message, writable: true, configurable: true});
      return property(e, 'stack');
    } catch (ignored) {
      return '';
    } finally {
      try {
        if (addName) delete e.name;
        if (addMessage) delete e.message;
      } catch (ignored) {
        // a Proxy refused: the error keeps them
      }
    }
  }

  // `v instanceof Error` without asking Error for a Symbol.hasInstance (a script can give it one):
  // whether Error.prototype is on v's prototype chain.
  var ErrorPrototype = ErrorCtor.prototype;
  function isError(v) {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return false;
    try {
      for (var p = getPrototypeOf(v); p !== null; p = getPrototypeOf(p)) {
        if (p === ErrorPrototype) return true;
      }
      return false;
    } catch (ignored) {
      return false;
    }
  }

  // Reduces whatever a script threw to primitives, inside try: Java never touches the value itself
  // (J2V8 reading a Proxy or a throwing getter from Java crashes the JVM).
  function thrown(e) {
    var cause = causeOf(e);
    if (isError(e)) {
      var name = errorField(e, 'name'), message = errorField(e, 'message');
      if ((name === null || message === null) && stackExhausted()) {
        // Not a hostile getter: no stack was left to read them, so this is V8's stack overflow.
        return [7, 'RangeError', 'Maximum call stack size exceeded', '', cause];
      }
      name = name === null ? 'Error' : name;
      message = message === null ? '' : message;
      return [7, name, message, clip(safeString(stackOf(e, name, message), ''), MAX_STACK), cause];
    }
    var what;
    try {
      what = typeof e === 'object' && e !== null ? safeString(e, 'an object') : describe(e);
    } catch (ignored) {
      what = 'an unprintable value';
    }
    return [7, 'Error', 'non-Error value thrown: ' + what, '', 0];
  }

  // Empties slots and frame words [from, from + count): nothing a call put there may outlive it
  // (issue 11). Generated glue clears the slots of each call inline; this is for variable counts.
  function clearSlots(from, count) {
    for (var i = from; i < from + count; i++) {
      slots[i] = null;
      frame[i] = 0;
    }
  }

  // A top-level script starts: no call is running, so nothing in the slots or on the tape is live.
  // Whatever a terminated script left behind (it never reached its glue's clearing) goes here.
  function topLevel() {
    values.resetAll();
    resetJsonCache();
    clearSlots(1, SLOTS - 1);
    frame[0] = 0;
  }

  // Runs the script Java put in slot 0 as global code; answers [tag, ...] made of primitives only.
  function run() {
    var source = slots[0], value;
    slots[0] = null;
    if (frame[1] === 1) topLevel();

    try {
      value = evalScript(source + '\n//# sourceURL=' + scriptName);
    } catch (e) {
      return thrown(e);
    }
    return answer(value);
  }

  // What Java reads of a script's value (ScriptResults): [tag, ...] made of primitives only.
  function answer(value) {
    switch (typeof value) {
      case 'undefined': return [0];
      case 'boolean': return [2, value];
      case 'number': return [3, value];
      case 'string': return [4, value];
      case 'object':
        if (value === null) return [1];
        var id = brands.get(value);
        return id === undefined ? [6, 'an object'] : [5, id];
      default:
        return [6, typeof value === 'function' ? 'a function' : 'a ' + typeof value];
    }
  }

  function isFloat(v) {
    var f = fround(v);
    return f - f === 0 || v - v !== 0;   // finite after rounding, or not finite to begin with
  }

  // Brands the wrapper Java put in slot 0 (handed to a script by JsRuntime.set).
  function adoptSlot() {
    var wrapper = slots[0];
    slots[0] = null;
    adopt(wrapper);
  }

  // A holder for a template's natives. It has no prototype, so storing them runs no setter a
  // script may have defined on Object.prototype (which would receive the raw natives).
  function holder() {
    return create(null);
  }

  // Whether `o` or one of its prototypes (Object.prototype excluded: a script may have patched it)
  // has an own property `name`.
  function definedOnChain(o, name) {
    for (; o !== null && o !== ObjectPrototype; o = getPrototypeOf(o)) {
      if (getOwnPropertyDescriptor(o, name) !== undefined) return true;
    }
    return false;
  }

  // Gives a prototype under construction the members of an exposed interface's prototype that it
  // and its prototype chain lack (the class's own and its superclasses' members win). Descriptors
  // lose their prototype before use: a script's Object.prototype.get must not change their meaning.
  // A toJSON the glue made is never mixed in (the prototype gets its own, see jsonable), and an
  // interface's declared toJSON wins over one the glue made for the chain.
  function mixin(target, source) {
    var names = getOwnPropertyNames(source);
    for (var i = 0; i < names.length; i++) {
      var name = names[i];
      if (name === 'constructor') continue;
      var descriptor = getOwnPropertyDescriptor(source, name);
      setPrototypeOf(descriptor, null);
      if (name === 'toJSON') {
        if (madeToJSON.get(descriptor.value) !== undefined) continue;
        if (definedOnChain(target, name) && madeToJSON.get(chainToJSON(target)) === undefined) continue;
      } else if (definedOnChain(target, name)) {
        continue;
      }
      defineProperty(target, name, descriptor);
    }
  }

  // ---- toJSON of wrappers (docs/OBJECT-MODEL.md, "Wrappers in JSON") ----
  // prototype -> its readable properties {names, getters, n}: own accessors with a getter, then
  // those of the prototypes it got members from (its superclass's, its interfaces') it lacks.
  var jsonLists = privateWeakMap();
  // The toJSON functions the glue made (a declared toJSON is the class's own method).
  var madeToJSON = privateWeakMap();
  // wrapper -> its last snapshot {out, values}: returned again while every property still has the
  // same value, so a wrapper met again inside the JSON.stringify that serializes it is the same
  // object, and JSON.stringify reports the cycle (a fresh object each time would recurse until
  // the stack runs out). Emptied when it holds JSON_CACHE snapshots and when a top-level script
  // starts: snapshots keep the values of their properties alive only that long.
  var JSON_CACHE = 4096;
  var jsonCache = privateWeakMap(), jsonCached = 0;

  // The value of the first toJSON on o's chain (Object.prototype excluded), undefined if none.
  function chainToJSON(o) {
    for (; o !== null && o !== ObjectPrototype; o = getPrototypeOf(o)) {
      var d = getOwnPropertyDescriptor(o, 'toJSON');
      if (d !== undefined) {
        setPrototypeOf(d, null);
        return 'value' in d ? d.value : d.get;
      }
    }
    return undefined;
  }

  // Adds `name` read by `getter` to a list under construction unless it has it.
  function addProperty(list, name, getter) {
    for (var i = 0; i < list.n; i++) {
      if (list.names[i] === name) return;
    }
    list.names[list.n] = name;
    list.getters[list.n] = getter;
    list.n++;
  }

  // Gives an exposed class's prototype (under construction: not frozen yet) a non-enumerable
  // toJSON yielding its readable properties, unless its chain has a declared toJSON (which it
  // keeps). `sources`: a null-prototype object {n, 0: prototype, ...} of the prototypes it got
  // members from; `check(id)`: whether the wrapper with that id is of the class; `where` and
  // `className` name it in errors.
  function jsonable(prototype, sources, where, className, check) {
    var list = {__proto__: null, names: create(null), getters: create(null), n: 0};
    var own = getOwnPropertyNames(prototype);
    for (var i = 0; i < own.length; i++) {
      var d = getOwnPropertyDescriptor(prototype, own[i]);
      setPrototypeOf(d, null);
      if (!('value' in d) && d.get !== undefined) addProperty(list, own[i], d.get);
    }
    for (var s = 0; s < sources.n; s++) {
      var from = jsonLists.get(sources[s]);
      if (from === undefined) continue;
      for (var k = 0; k < from.n; k++) addProperty(list, from.names[k], from.getters[k]);
    }
    sortProperties(list);
    jsonLists.set(prototype, list);
    var declared = chainToJSON(prototype);
    if (declared !== undefined && madeToJSON.get(declared) === undefined) return;
    var toJSON = makeToJSON(list, where, className, check);
    madeToJSON.set(toJSON, true);
    defineProperty(prototype, 'toJSON', {__proto__: null, value: toJSON, writable: false, enumerable: false,
      configurable: false});
  }

  // Keys in code-unit order (insertion sort: Array.prototype.sort is a script's to patch).
  function sortProperties(list) {
    for (var i = 1; i < list.n; i++) {
      var name = list.names[i], getter = list.getters[i], j = i - 1;
      for (; j >= 0 && list.names[j] > name; j--) {
        list.names[j + 1] = list.names[j];
        list.getters[j + 1] = list.getters[j];
      }
      list.names[j + 1] = name;
      list.getters[j + 1] = getter;
    }
  }

  function makeToJSON(list, where, className, check) {
    var n = list.n, names = list.names, getters = list.getters;
    return function toJSON() {
      var id = brands.get(this);
      if (id === undefined || check(id) !== true) {
        throw typeError('Illegal invocation: ' + where + ' was called on something that is not a ' + className);
      }
      // Every getter runs (and may throw) before anything is built.
      var values = create(null);
      for (var i = 0; i < n; i++) values[i] = apply(getters[i], this, []);
      var last = jsonCache.get(this);
      if (last !== undefined) {
        var same = true;
        for (var j = 0; j < n && same; j++) same = sameCopy(last.values[j], values[j], 0);
        if (same) return last.out;
      }
      var out = create(ObjectPrototype);
      for (var k = 0; k < n; k++) {
        defineProperty(out, names[k], {__proto__: null, value: values[k], writable: true, enumerable: true,
          configurable: true});
      }
      freeze(out);
      if (jsonCached >= JSON_CACHE) {
        jsonCache = privateWeakMap();
        jsonCached = 0;
      }
      jsonCache.set(this, {__proto__: null, out: out, values: values});
      jsonCached++;
      return out;
    };
  }

  // Whether a property's value is what it was: the same value (SameValue), or a copy (array or plain object)
  // with the same data, compared by own data properties only (the last copy was the script's to
  // change: an accessor or another prototype on it makes it differ, and no script code runs).
  // Wrappers and other objects (Sets, functions) are compared by identity.
  var ArrayPrototype = Array.prototype;
  function sameCopy(a, b, depth) {
    if (a === b) return a !== 0 || 1 / a === 1 / b; // SameValue: -0 is not 0, NaN is NaN
    if (a !== a && b !== b) return true;
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || depth > 32) return false;
    if (brands.get(a) !== undefined || brands.get(b) !== undefined) return false;
    var proto = getPrototypeOf(a);
    if (proto !== getPrototypeOf(b) || (proto !== ArrayPrototype && proto !== ObjectPrototype && proto !== null)) {
      return false;
    }
    var keys = getOwnPropertyNames(a), others = getOwnPropertyNames(b);
    if (keys.length !== others.length) return false;
    for (var i = 0; i < keys.length; i++) {
      if (keys[i] !== others[i]) return false;
      var x = getOwnPropertyDescriptor(a, keys[i]), y = getOwnPropertyDescriptor(b, keys[i]);
      setPrototypeOf(x, null);
      setPrototypeOf(y, null);
      if (!('value' in x) || !('value' in y) || !sameCopy(x.value, y.value, depth + 1)) return false;
    }
    return true;
  }

  function resetJsonCache() {
    if (jsonCached !== 0) {
      jsonCache = privateWeakMap();
      jsonCached = 0;
    }
  }

  // The prototype of wrappers whose Java class has exposed supertypes that are not related to each
  // other (two exposed interfaces; an exposed class and an interface it does not implement): it
  // inherits from the prototype Java hands to combineBegin and gets the members of each prototype
  // handed to combineMix that its chain lacks; combineEnd freezes and answers it. Made once per
  // runtime and combination (Templates caches it). Each prototype comes alone through slot 0: a
  // combination may be made while Java fills the argument slots of a call to a script function,
  // and what is there is neither read nor touched (issue 11).
  // Its toJSON yields the properties of all of them (see jsonable), its receivers being checked
  // by the first's (the class or interface the wrapper's Java object is first an instance of).
  var combining = null, combined = null;
  function combineBegin() {
    var first = slots[0];
    combining = create(first);
    slots[0] = null;
    combined = {__proto__: null, n: 1, 0: first};
  }

  function combineMix() {
    var source = slots[0];
    slots[0] = null;
    mixin(combining, source);
    combined[combined.n] = source;
    combined.n++;
  }

  function combineEnd() {
    var prototype = combining, sources = combined;
    combining = combined = null;
    var first = jsonChecks.get(sources[0]);
    if (first !== undefined) jsonable(prototype, sources, first.where, first.className, first.check);
    return freeze(prototype);
  }

  // prototype -> how its toJSON checks receivers {where, className, check}, for combinations.
  var jsonChecks = privateWeakMap();
  function jsonableClass(prototype, sources, where, className, check) {
    jsonChecks.set(prototype, {__proto__: null, where: where, className: className, check: check});
    jsonable(prototype, sources, where, className, check);
  }

  // Makes `x instanceof iface` ask `test(x)` (an exposed interface's constructor, not yet frozen).
  function defineHasInstance(iface, test) {
    defineProperty(iface, hasInstanceSymbol, {__proto__: null, value: test, writable: false,
      enumerable: false, configurable: false});
  }

  // Builds a class template: slot 0 holds the source ShimWriter wrote, slot 1 its natives.
  function define() {
    var source = slots[0], natives = slots[1];
    slots[0] = slots[1] = null;
    return evalScript(source)(api, natives);
  }

  var values = evalScript(valuesSource)(natives, frame, slots, brands, token,
      {fail: fail, badArg: badArg, adopt: adopt});
  // ---- functions, promises and iterators (see FunctionBridge, PromiseBridge) ----
  // Java never holds a handle to a script's function or promise: they live in these private
  // tables under ids, and Java holds the ids.
  var PromiseCtor = Promise, promiseThen = Promise.prototype.then;
  var iteratorSymbol = Symbol.iterator;
  var settled = natives.settled;
  var views = privateWeakMap();      // Java-backed wrapper -> the function / iterable made for it
  var callbacks = privateMap(), callbackCount = 0, nextCallback = 1;
  var promises = privateMap(), watched = privateMap(), watchedCount = 0, nextPromise = 1;

  // Keeps a script's function for Java; `adapter` (written by ShimWriter for its type) converts
  // Java's arguments and checks the result.
  function keep(fn, adapter) {
    var id = nextCallback++;
    callbacks.set(id, {__proto__: null, fn: fn, adapter: adapter});
    callbackCount++;
    return id;
  }

  // Java let go of the functions whose ids are in frame[2 .. 2 + frame[1]).
  function dropCallbacks() {
    var n = frame[1];
    for (var i = 0; i < n; i++) {
      if (callbacks.remove(frame[2 + i])) callbackCount--;
      frame[2 + i] = 0;
    }
  }

  function keptCallbacks() {
    return callbackCount;
  }

  // Reduces an error to primitives in slots 3..5 and its Java cause id in frame[6]; answers 1.
  function report(e) {
    var t = thrown(e);
    slots[3] = t[1];
    slots[4] = t[2];
    slots[5] = t[3];
    frame[6] = t[4];
    return 1;
  }

  // Calls the kept function frame[1] with the arguments Java put from slot 2 on. Answers 0 (its
  // checked result is in slot 3) or 1 (what it threw is in slots 3..6).
  function invokeCallback() {
    var entry = callbacks.get(frame[1]);
    if (entry === undefined) {
      slots[3] = 'Error';
      slots[4] = 'jsbind: the function was released';
      slots[5] = '';
      frame[6] = 0;
      return 1;
    }
    try {
      entry.adapter(entry.fn);
      return 0;
    } catch (e) {
      return report(e);
    }
  }

  // The wrapper Java put in slot s (its new id, or 0 if it is branded already, in frame[s]).
  function adoptAt(s) {
    var w = slots[s];
    if (w === null) return null;
    slots[s] = null;
    var id = frame[s];
    frame[s] = 0;
    if (id !== 0) {
      brands.set(w, id);
      records[id] = undefined; // no final-field record came with it: its getters ask Java
    }
    return w;
  }

  // The function or iterable standing for a Java-backed wrapper: one per wrapper, so a Java object
  // returned twice is the same JavaScript value, and it keeps the wrapper (and the Java object) alive.
  function view(w, make) {
    if (w === null) return null;
    var v = views.get(w);
    if (v === undefined) {
      v = make(w);
      views.set(w, v);
    }
    return v;
  }

  // A promise Java settles later through settle(); `conv` reads its value from slot 3.
  function promise(id, conv) {
    return new PromiseCtor(function (resolve, reject) {
      promises.set(id, {__proto__: null, resolve: resolve, reject: reject, conv: conv});
    });
  }

  // Java settles promise frame[1]: frame[2] is 0 for a value (slot 3), else the error Java recorded.
  function settle() {
    var id = frame[1], ok = frame[2] === 0, entry = promises.get(id);
    frame[2] = 0;
    if (entry !== undefined) {
      promises.remove(id);
      if (ok) entry.resolve(entry.conv()); else entry.reject(fail());
    }
    slots[3] = null; // the value, read by conv() (or not needed): it must not outlive the call
    frame[3] = 0;
  }

  // Calls `onValue` or `onError` when `p` (a script's promise or thenable) settles, with no lookup
  // a script could have redefined on Promise.prototype: `then` asks the promise for its
  // `constructor` (and that for Symbol.species), so for that moment the promise has an own
  // `constructor`, undefined (the default one is used). A genuine promise is followed with the
  // realm's own `then`, whatever a script put on it or on Promise.prototype; anything else is
  // resolved through, which runs its own `then`, as the language requires.
  function whenSettled(p, onValue, onError) {
    if (p !== null && typeof p === 'object') {
      var added = false;
      try {
        if (getOwnPropertyDescriptor(p, 'constructor') === undefined) {
          defineProperty(p, 'constructor', {__proto__: null, value: undefined, configurable: true});
          added = true;
        }
        apply(promiseThen, p, [onValue, onError]);
        return;
      } catch (notAPromise) {
        // a thenable (or a Proxy): resolved through below
      } finally {
        if (added) delete p.constructor;
      }
    }
    var q = new PromiseCtor(function (resolve) {
      resolve(p);
    });
    defineProperty(q, 'constructor', {__proto__: null, value: undefined});
    apply(promiseThen, q, [onValue, onError]);
  }

  function isThenable(v) {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return false;
    try {
      return typeof v.then === 'function';
    } catch (ignored) {
      return false;
    }
  }

  // Keeps a script's promise (or thenable) for Java, which follows it (follow()) once it has
  // registered the id: a settled promise's reactions may run before the call that passed it returns.
  function watch(p, accept) {
    var id = nextPromise++;
    watched.set(id, {__proto__: null, p: p, accept: accept});
    watchedCount++;
    return id;
  }

  function watchedPromises() {
    return watchedCount;
  }

  // Java refused the call that passed promise frame[1]: nothing will follow it.
  function unwatch() {
    if (watched.remove(frame[1])) watchedCount--;
  }

  // Follows promise frame[1] for Java: when it settles, `accept` checks the value and puts it in
  // slot 3, and the native tells Java (frame[1] the id, frame[2] 0 or 1).
  function follow() {
    var id = frame[1], entry = watched.get(id);
    if (entry === undefined) return;
    watched.remove(id);
    watchedCount--;
    var p = entry.p, accept = entry.accept;
    var done = function (status) {
      frame[1] = id;
      frame[2] = status;
      settled();
    };
    whenSettled(p, function (value) {
      var status;
      try {
        accept(value);
        status = 0;
      } catch (e) {
        status = report(e);
      }
      done(status);
    }, function (e) {
      done(report(e));
    });
  }

  // As run(), but a promise (or thenable) value is followed: answers [8, id], and when it settles
  // hands Java its answer (or what it threw) in slot 3, through settled() with frame[2] = 2.
  function runAsync() {
    var source = slots[0], value;
    slots[0] = null;
    if (frame[1] === 1) topLevel(); // as in run()
    try {
      value = evalScript(source + '\n//# sourceURL=' + scriptName);
    } catch (e) {
      return thrown(e);
    }
    if (!isThenable(value)) return answer(value);
    var id = nextPromise++;
    var done = function (result) {
      slots[3] = result;
      frame[1] = id;
      frame[2] = 2;
      settled();
    };
    try {
      whenSettled(value, function (v) {
        done(answer(v));
      }, function (e) {
        done(thrown(e));
      });
    } catch (e) {
      return thrown(e);
    }
    return [8, id];
  }

  // Used by class templates; nothing here is reachable from scripts.
  var api = freeze({
    values: values,
    takeTape: values.takeTape,
    define: define,
    combineBegin: combineBegin,
    combineMix: combineMix,
    combineEnd: combineEnd,
    clearSlots: clearSlots,
    slots: slots,
    adoptSlot: adoptSlot,
    holder: holder,
    brands: brands,
    records: records,
    maker: maker,
    made: made,
    token: token,
    frame: frame,
    fail: fail,
    typeError: typeError,
    badArg: badArg,
    describe: describe,
    adopt: adopt,
    run: run,
    runAsync: runAsync,
    floor: floor,
    fromCharCode: fromCharCode,
    isFloat: isFloat,
    create: create,
    setPrototypeOf: setPrototypeOf,
    defineProperty: defineProperty,
    mixin: mixin,
    jsonable: jsonableClass,
    defineHasInstance: defineHasInstance,
    freeze: freeze,
    keep: keep,
    dropCallbacks: dropCallbacks,
    keptCallbacks: keptCallbacks,
    invokeCallback: invokeCallback,
    adoptAt: adoptAt,
    view: view,
    promise: promise,
    settle: settle,
    isThenable: isThenable,
    watch: watch,
    follow: follow,
    unwatch: unwatch,
    watchedPromises: watchedPromises,
    iteratorSymbol: iteratorSymbol
  });
  return api;
})
