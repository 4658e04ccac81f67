// Misuses of the sample API. Each line ending in "// error TSnnnn" must get exactly those errors
// from the TypeScript compiler, and no other line any.

declare const groceries: TodoList;

groceries.add(42); // error TS2345: wrong argument type
groceries.addWithPriority('milk'); // error TS2554: missing argument
groceries.addWithPriority('milk', 'URGENT'); // error TS2345: not a Priority
groceries.purge('milk'); // error TS2339: unknown member
groceries.size = 3; // error TS2540: read-only property
groceries.name = 'food'; // error TS2540: read-only property
new Task(); // error TS2674: Task has no JavaScript constructor
new TodoList(); // error TS2554: missing argument
Console.log('a', 'b'); // error TS2554: too many arguments
const task: Task = groceries.find('milk'); // error TS2322: results may be null
groceries.get(0)!.done = 'yes'; // error TS2322: a boolean property
groceries.get(0)!.priority = 'low'; // error TS2820: constant names are case-sensitive
groceries.get(0)!.tag(undefined); // error TS2345: undefined is not null
TodoList.of(); // error TS2554: no overload takes no arguments
TodoList.of(42); // error TS2345: the one-argument overload takes a string
groceries.addAll('milk', 3); // error TS2345: every rest element is a string
groceries.find('milk', 'yes'); // error TS2345: the optional argument is a boolean
groceries.find(); // error TS2554: the title is not optional
groceries.get('0'); // error TS2345: an int, not a string
TodoList.MAX_TITLE_LENGTH = 100; // error TS2540: a constant is read-only
TodoList.defaultPriority = 'SOMEDAY'; // error TS2322: not a Priority
