/**
 * Runs first in DuckDB's worker, before the engine's script. Under the site's policy (no
 * 'unsafe-eval') the worker may not evaluate strings, but the engine's Embind glue (duckdb-wasm
 * 1.32.0) builds each "method caller" — how the wasm calls a JavaScript method — with
 * `new Function(...)`; the load then failed whenever the engine first reached one. This answers that
 * one pattern with an equivalent closure; any other string still goes to `Function`, which the
 * policy refuses. Self-contained: its source is written into the worker's bootstrap.
 */
export function embindWithoutEval(): void {
  interface ArgType {
    readValueFromPointer(pointer: number): unknown;
    argPackAdvance: number;
  }
  type ReturnValue = (retType: unknown, destructors: unknown, value: unknown) => unknown;
  const scope = globalThis as unknown as { Function: FunctionConstructor };
  const original = scope.Function;
  const HEAD = 'return function (obj, func, destructorsRef, args) {';

  function methodCaller(names: string[], body: string) {
    const argCount = names.filter((name) => /^argType\d+$/.test(name)).length;
    const returns = names.includes('emval_returnValue');
    const kind = body.includes('new func(') ? 'new' : body.includes('func.call(obj') ? 'method' : 'call';
    return (retType: unknown, ...rest: unknown[]) => {
      const argTypes = rest.slice(0, argCount) as ArgType[];
      const returnValue = rest[argCount] as ReturnValue;
      return function (
        obj: unknown,
        func: (...args: unknown[]) => unknown,
        destructors: unknown,
        args: number,
      ) {
        const values: unknown[] = [];
        let offset = 0;
        for (const type of argTypes) {
          values.push(type.readValueFromPointer(args + offset));
          offset += type.argPackAdvance;
        }
        const value =
          kind === 'new'
            ? new (func as unknown as new (...a: unknown[]) => unknown)(...values)
            : kind === 'method'
              ? func.call(obj, ...values)
              : func.call(values[0], ...values.slice(1));
        return returns ? returnValue(retType, destructors, value) : undefined;
      };
    };
  }

  const answer = (args: unknown[]) => {
    const body = args.at(-1);
    const names = args.slice(0, -1);
    if (typeof body === 'string' && body.startsWith(HEAD) && names[0] === 'retType') {
      return methodCaller(names as string[], body);
    }
    return null;
  };
  scope.Function = new Proxy(original, {
    apply: (target, self, args: unknown[]) => answer(args) ?? Reflect.apply(target, self, args),
    construct: (target, args: unknown[], newTarget) =>
      answer(args) ?? (Reflect.construct(target, args, newTarget) as object),
  });
}
