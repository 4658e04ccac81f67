// The poisoned realm (PoisonedRealmTest): replaces every configurable property, accessor and method
// of every intrinsic object reachable from the global object with a trap that records being
// touched and then forwards to the original, so results stay comparable.
//
// A touch counts only while control is inside the glue: `armed` is true by default (so the glue's
// own promise reactions, which run as microtasks, are watched too); the test's own code runs in
// __t(fn), which disarms it, and calls into the glue through __g(fn), which arms it again. Script
// functions handed to the glue are wrapped in __t so their bodies do not count.
//
// Everything this file runs after poisoning uses originals captured before it, so the recorder
// never trips itself.
(function (global) {
  'use strict';
  var apply = Reflect.apply, construct = Reflect.construct;
  var defineProperty = Object.defineProperty, getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  var getOwnPropertyNames = Object.getOwnPropertyNames, getOwnPropertySymbols = Object.getOwnPropertySymbols;
  var getPrototypeOf = Object.getPrototypeOf, isFrozen = Object.isFrozen, create = Object.create;
  var MapCtor = Map, mapGet = Map.prototype.get, mapSet = Map.prototype.set;
  var symbolToString = Symbol.prototype.toString;

  var armed = false;
  var touches = create(null), touchCount = 0;
  var labels = [], installed = 0;

  function touched(label) {
    if (armed) {
      touches[label] = (touches[label] === undefined ? 0 : touches[label]) + 1;
      touchCount++;
    }
  }

  function keyName(key) {
    return typeof key === 'symbol' ? '[' + apply(symbolToString, key, []) + ']' : key;
  }

  function wrapFunction(original, label) {
    return function () {
      touched(label);
      return new.target === undefined ? apply(original, this, arguments) : construct(original, arguments, new.target);
    };
  }

  function poisonProperty(object, key, where) {
    var d = getOwnPropertyDescriptor(object, key);
    if (d === undefined || !d.configurable) return;
    // V8 reads it without running accessors (an accessor would only turn stacks off): left alone.
    if (object === Error && key === 'stackTraceLimit') return;
    var label = where + '.' + keyName(key);
    if ('value' in d) {
      if (typeof d.value === 'function') {
        defineProperty(object, key, {__proto__: null, value: wrapFunction(d.value, label + '()'), writable: d.writable,
          enumerable: d.enumerable, configurable: true});
      } else {
        var value = d.value, writable = d.writable;
        defineProperty(object, key, {__proto__: null, enumerable: d.enumerable, configurable: true,
          get: function () { touched(label); return value; },
          set: function (v) {
            touched(label + ' =');
            if (!writable) throw new TypeError('Cannot assign to read only property');
            if (this === object) value = v;
            else defineProperty(this, key, {__proto__: null, value: v, writable: true, enumerable: true, configurable: true});
          }});
      }
    } else {
      defineProperty(object, key, {__proto__: null, enumerable: d.enumerable, configurable: true,
        get: d.get === undefined ? undefined : wrapFunction(d.get, 'get ' + label),
        set: d.set === undefined ? undefined : wrapFunction(d.set, 'set ' + label)});
    }
    installed++;
  }

  // A trap for a hook the realm does not define, so a lookup of it reaches the trap.
  function addTrap(object, key, where) {
    if (getOwnPropertyDescriptor(object, key) !== undefined) return;
    var label = where + '.' + keyName(key);
    defineProperty(object, key, {__proto__: null, configurable: true, enumerable: false,
      get: function () { touched(label); return undefined; },
      set: function (v) {
        touched(label + ' =');
        defineProperty(this, key, {__proto__: null, value: v, writable: true, enumerable: true, configurable: true});
      }});
    installed++;
  }

  // ---- find the intrinsics ----
  var seen = new MapCtor(), queue = [], names = [];
  function visit(o, where) {
    if (o === null || (typeof o !== 'object' && typeof o !== 'function')) return;
    if (o === global || isFrozen(o) || apply(mapGet, seen, [o]) !== undefined) return; // frozen: the bindings
    apply(mapSet, seen, [o, where]);
    queue[queue.length] = o;
    names[names.length] = where;
  }
  var globalNames = getOwnPropertyNames(global);
  for (var i = 0; i < globalNames.length; i++) {
    var binding = getOwnPropertyDescriptor(global, globalNames[i]);
    if (binding.value !== undefined) visit(binding.value, globalNames[i]);
  }
  function* generator() {}
  var hidden = [
    [getPrototypeOf(Int8Array), '%TypedArray%'],
    [getPrototypeOf([][Symbol.iterator]()), '%ArrayIteratorPrototype%'],
    [getPrototypeOf(getPrototypeOf([][Symbol.iterator]())), '%IteratorPrototype%'],
    [getPrototypeOf(new Map()[Symbol.iterator]()), '%MapIteratorPrototype%'],
    [getPrototypeOf(new Set()[Symbol.iterator]()), '%SetIteratorPrototype%'],
    [getPrototypeOf(''[Symbol.iterator]()), '%StringIteratorPrototype%'],
    [getPrototypeOf(generator), '%Generator%'],
    [getPrototypeOf(generator).constructor, '%GeneratorFunction%'],
    [getPrototypeOf(generator.prototype), '%GeneratorPrototype%'],
    [getPrototypeOf(function () {}), 'Function.prototype'],
    [Object.prototype, 'Object.prototype']
  ];
  for (i = 0; i < hidden.length; i++) visit(hidden[i][0], hidden[i][1]);
  // Breadth first through prototypes, constructors and the values of own data properties.
  for (var q = 0; q < queue.length; q++) {
    var o = queue[q], where = names[q];
    visit(getPrototypeOf(o), where + '.__proto__');
    var keys = getOwnPropertyNames(o);
    for (var k = 0; k < keys.length; k++) {
      var d = getOwnPropertyDescriptor(o, keys[k]);
      if ('value' in d) visit(d.value, where + '.' + keys[k]);
    }
  }

  // ---- poison them ----
  var objects = queue.slice(0), objectNames = names.slice(0);
  for (q = 0; q < objects.length; q++) {
    var own = getOwnPropertyNames(objects[q]), syms = getOwnPropertySymbols(objects[q]);
    for (k = 0; k < own.length; k++) poisonProperty(objects[q], own[k], objectNames[q]);
    for (k = 0; k < syms.length; k++) poisonProperty(objects[q], syms[k], objectNames[q]);
  }
  // Hooks nothing defines by default, looked up by coercions, iteration, instanceof, species and
  // indexed writes to fresh arrays or objects.
  var hooks = [Symbol.toPrimitive, Symbol.iterator, Symbol.toStringTag, Symbol.isConcatSpreadable, Symbol.species,
    Symbol.hasInstance, 'toJSON', '0', '1', '2', '3', 'length', 'done', 'value', 'next'];
  for (k = 0; k < hooks.length; k++) {
    addTrap(Object.prototype, hooks[k], 'Object.prototype');
    addTrap(Array.prototype, hooks[k], 'Array.prototype');
  }
  // instanceof asks the right-hand side for Symbol.hasInstance first: every intrinsic function gets one.
  for (q = 0; q < objects.length; q++) {
    if (typeof objects[q] === 'function') addTrap(objects[q], Symbol.hasInstance, objectNames[q]);
  }

  function run(fn, state) {
    var was = armed;
    armed = state;
    try {
      return fn();
    } finally {
      armed = was;
    }
  }

  // The test's own code: untracked.
  function t(fn) {
    return run(fn, false);
  }
  // A call into the glue: tracked.
  function g(fn) {
    return run(fn, true);
  }
  // A script function handed to the glue: its body is the test's code.
  function mine(fn) {
    return function () {
      var self = this, args = arguments;
      return run(function () { return apply(fn, self, args); }, false);
    };
  }
  function report() {
    var out = [], labelsTouched = getOwnPropertyNames(touches);
    for (var j = 0; j < labelsTouched.length; j++) out[j] = labelsTouched[j] + ' x' + touches[labelsTouched[j]];
    return out;
  }
  defineProperty(global, '__t', {__proto__: null, value: t});
  defineProperty(global, '__g', {__proto__: null, value: g});
  defineProperty(global, '__mine', {__proto__: null, value: mine});
  defineProperty(global, '__poison', {__proto__: null, value: {
    installed: function () { return installed; },
    objects: function () { return objects.length; },
    touches: function () { return touchCount; },
    report: report
  }});
  armed = true; // from now on, whatever runs outside the test's own code is the glue's
})(this);
