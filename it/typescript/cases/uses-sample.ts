// The sample's script (samples/src/main/resources/todo.js) in TypeScript, against the declarations
// the processor wrote for the sample. It must type-check without a single error.

// Handed over from Java with js.set("groceries", groceries): scripts declare such globals themselves.
declare const groceries: TodoList;

Console.log('groceries has ' + groceries.size + ' tasks, ' + groceries.openCount + ' open');

const chores = new TodoList('chores');
chores.addWithPriority('laundry', 'HIGH')?.tag('home');
chores.add('dishes')?.tag('home')?.tag('kitchen');
const taxes = chores.add('taxes');
if (taxes !== null) {
  taxes.priority = 'LOW';
}
TodoList.defaultPriority = 'HIGH';
const longest: number = TodoList.MAX_TITLE_LENGTH;
Console.log('titles have up to ' + longest + ' characters; urgent: ' + chores.add('call the plumber')?.priority);
TodoList.defaultPriority = 'NORMAL';
Console.log('chores: ' + chores.size + ' tasks; dishes tags: ' + chores.find('dishes')?.tags());
Console.log('find returns the same wrapper: ' + (chores.find('dishes') === chores.get(1)));

const bread: Task | null = groceries.find('bread');
if (bread) {
  bread.done = true;
}
const completed: number = groceries.completeTagged('dairy');
Console.log('completed ' + completed + ' dairy tasks; ' + groceries.openCount + ' open');

// What crosses: enums as their constant names, String and boxes as nullable, results as nullable.
const priority: 'LOW' | 'NORMAL' | 'HIGH' | null = chores.get(0)!.priority;
const title: string | null = chores.get(0)!.title;
const described: string | null = String(chores) + chores.toString();
const started: TodoList | null = TodoList.of('errands', 'post office');
const empty: TodoList | null = TodoList.of('empty');
const added: number = chores.addAll('vacuum', 'dust') + chores.addAll();
const open: Task | null = chores.find('dishes', false) ?? chores.find('dishes', undefined) ?? chores.find('dishes', null);
chores.add(null);
Console.log(null);

// An exposed class can be extended from JavaScript.
class Urgent extends TodoList {
  constructor() {
    super('urgent');
  }

  first(): Task | null {
    return this.get(0);
  }
}
new Urgent().first();

Console.log([priority, title, described, started, empty, added, open].join(' '));
