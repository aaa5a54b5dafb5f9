import { afterEach, describe, expect, it } from 'vitest';
import { embindWithoutEval } from '../../../../src/lib/db/embind-shim';

const original = globalThis.Function;
afterEach(() => {
  globalThis.Function = original;
});

/** The method-caller source duckdb-wasm 1.32.0's Embind writes (__emval_get_method_caller), for `kind`. */
function callerSource(argCount: number, kind: 0 | 1 | 2, returns: boolean): string[] {
  let body = 'return function (obj, func, destructorsRef, args) {\n';
  const names = ['retType'];
  const call: string[] = kind === 0 ? ['obj'] : [];
  let offset = 0;
  for (let p = 0; p < argCount; p++) {
    call.push(`arg${p}`);
    names.push(`argType${p}`);
    body += `  var arg${p} = argType${p}.readValueFromPointer(args${offset ? `+${offset}` : ''});\n`;
    offset += 8;
  }
  body += `  var rv = ${kind === 1 ? 'new func' : 'func.call'}(${call.join(', ')});\n`;
  if (returns) {
    names.push('emval_returnValue');
    body += '  return emval_returnValue(retType, destructorsRef, rv);\n';
  }
  return [...names, `${body}};\n`];
}

const argType = { argPackAdvance: 8, readValueFromPointer: (pointer: number) => pointer * 10 };
const returnValue = (retType: string, destructors: string[], value: unknown) => [retType, destructors, value];

describe('embindWithoutEval', () => {
  it.each([
    ['a method call', 0, true],
    ['a constructor', 1, true],
    ['a call with its own this, no return', 2, false],
  ] as const)('answers %s as the evaluated source would', (_name, kind, returns) => {
    const source = callerSource(2, kind, returns);
    const factoryArgs = ['ret', argType, argType, ...(returns ? [returnValue] : [])];
    class Thing {
      constructor(
        readonly a: unknown,
        readonly b: unknown,
      ) {}
    }
    const target = { x: 1 };
    function method(this: unknown, a: unknown, b: unknown) {
      return { self: this, a, b };
    }
    const func = kind === 1 ? Thing : method;
    const evaluated = (original(...source) as (...a: unknown[]) => (...b: unknown[]) => unknown)(
      ...factoryArgs,
    );
    embindWithoutEval();
    const shimmed = (new Function(...source) as unknown as (...a: unknown[]) => (...b: unknown[]) => unknown)(
      ...factoryArgs,
    );
    expect(shimmed).not.toBe(evaluated);
    expect(shimmed(target, func, ['d'], 3)).toEqual(evaluated(target, func, ['d'], 3));
  });

  it('leaves any other string to Function (which the policy refuses)', () => {
    embindWithoutEval();
    expect((new Function('a', 'return a + 1') as (a: number) => number)(1)).toBe(2);
    expect(globalThis.Function('return 7')()).toBe(7);
  });
});
