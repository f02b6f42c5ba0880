import { ValidationPipe, type ArgumentMetadata, type Type, type ValidationPipeOptions } from '@nestjs/common';
import { plainToInstance, TransformationType, type ClassTransformOptions, type TransformFnParams } from 'class-transformer';
import { defaultOptions as classTransformerDefaults } from 'class-transformer/cjs/constants/default-options.constant.js';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage.js';
import { getMetadataStorage, ValidationTypes, type ValidationArguments } from 'class-validator';

/** One decorator's rule on one property, as class-validator stores it. */
type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

/** A constraint class's instance, as class-validator calls it. */
type ConstraintValidator = { validate(value: unknown, args: ValidationArguments): unknown };

/** Checks one property of a DTO instance the way class-validator would, answering only "valid". */
type PropertyCheck = (instance: object) => boolean;

/** Builds the DTO instance from a flat plain object as plainToInstance would; undefined when it cannot say. */
type InstanceBuilder = (value: Readonly<Record<string, unknown>>) => object | undefined;

interface Plan {
  properties: ReadonlySet<string>;
  checks: PropertyCheck[];
  /** Null: plainToInstance builds the instance. */
  build: InstanceBuilder | null;
}

/**
 * Nest's ValidationPipe with a fast path for the common case: a flat payload that passes.
 *
 * Chat sends arrive thousands of times a second, and class-validator re-reads and regroups a DTO's
 * decorator metadata on every call, which made validation the largest item of a message's CPU. For
 * each DTO this pipe reads that metadata once and runs the very same constraint functions (the
 * DTO's decorators stay the one source of the rules) on the instance class-transformer builds.
 * Anything it does not mirror exactly (nested or async rules, `each`, non-primitive values) and
 * every payload that fails goes through the full ValidationPipe, so errors and edge cases are
 * exactly Nest's; a differential test holds the two paths to the same answers.
 */
export class ContractValidationPipe extends ValidationPipe {
  private readonly plans = new Map<Type<unknown>, Plan | null>();

  constructor(private readonly pipeOptions: ValidationPipeOptions & { whitelist: true; forbidNonWhitelisted: true; transform: true }) {
    super(pipeOptions);
  }

  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const plan = metadata.metatype !== undefined && this.toValidate(metadata) ? this.planFor(metadata.metatype) : null;
    const instance = plan === null ? undefined : this.passingInstance(value, metadata.metatype as Type<unknown>, plan);
    return instance === undefined ? super.transform(value, metadata) : Promise.resolve(instance);
  }

  /** The DTO instance when `value` is flat and passes every rule; undefined sends it the full way. */
  private passingInstance(value: unknown, metatype: Type<unknown>, plan: Plan): object | undefined {
    if (!isFlatPlainObject(value)) return undefined;
    const instance = plan.build !== null ? plan.build(value) : (plainToInstance(metatype, value, this.pipeOptions.transformOptions) as object);
    if (instance?.constructor !== metatype) return undefined;
    // whitelist + forbidNonWhitelisted: an own property without rules is refused (by the full path).
    for (const key of Object.keys(instance)) if (!plan.properties.has(key)) return undefined;
    for (const check of plan.checks) if (!check(instance)) return undefined;
    return instance;
  }

  private planFor(metatype: Type<unknown>): Plan | null {
    let plan = this.plans.get(metatype);
    if (plan === undefined) {
      plan = compilePlan(metatype, this.pipeOptions.transformOptions);
      this.plans.set(metatype, plan);
    }
    return plan;
  }
}

/** A plain object whose values are all primitives, without a `__proto__` key of its own. */
function isFlatPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  // Object.prototype of any realm (a test's VM context has its own), or no prototype at all.
  const prototype = Object.getPrototypeOf(value) as object | null;
  if (prototype !== null && Object.getPrototypeOf(prototype) !== null) return false;
  for (const key of Object.keys(value)) {
    if (key === '__proto__') return false;
    const field = (value as Record<string, unknown>)[key];
    if ((typeof field === 'object' && field !== null) || typeof field === 'function') return false;
  }
  return true;
}

function isThenable(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

const MIRRORED_TYPES: ReadonlySet<string> = new Set([ValidationTypes.CUSTOM_VALIDATION, ValidationTypes.CONDITIONAL_VALIDATION, ValidationTypes.IS_DEFINED, ValidationTypes.WHITELIST]);

/**
 * class-validator's ValidationExecutor for a passing object, per property: when every conditional
 * rule (IsOptional, ValidateIf) holds, each IsDefined and custom rule (every built-in decorator is
 * one) must accept the value. Null when the DTO uses anything this does not mirror.
 */
function compilePlan(metatype: Type<unknown>, transformOptions: ClassTransformOptions | undefined): Plan | null {
  const storage = getMetadataStorage();
  // The same arguments the pipe's validate() leads to: no groups, not `always`, not strict.
  const rules = storage.getTargetValidationMetadatas(metatype, '', false, false, undefined);
  if (rules.length === 0) return null;
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const rule of rules) {
    if (!MIRRORED_TYPES.has(rule.type) || rule.each === true) return null;
    byProperty.set(rule.propertyName, [...(byProperty.get(rule.propertyName) ?? []), rule]);
  }
  const checks: PropertyCheck[] = [];
  for (const [property, propertyRules] of byProperty) {
    const conditions = propertyRules.filter((rule) => rule.type === ValidationTypes.CONDITIONAL_VALIDATION);
    const validations: Array<{ rule: ValidationMetadata; validator: ConstraintValidator }> = [];
    for (const rule of propertyRules) {
      if (rule.type !== ValidationTypes.CUSTOM_VALIDATION && rule.type !== ValidationTypes.IS_DEFINED) continue;
      for (const constraint of storage.getTargetValidatorConstraints(rule.constraintCls)) {
        if (constraint.async) return null;
        validations.push({ rule, validator: constraint.instance });
      }
    }
    checks.push((instance) => {
      const value = (instance as Record<string, unknown>)[property];
      const conditionsHold = conditions.every((rule) => Boolean((rule.constraints[0] as (object: object, value: unknown) => unknown)(instance, value)));
      if (!conditionsHold) return true;
      return validations.every(({ rule, validator }) => {
        if (rule.validateIf !== undefined && !rule.validateIf(instance, value)) return true;
        const verdict = validator.validate(value, { targetName: metatype.name, property, object: instance, value, constraints: rule.constraints });
        // A promise means an async rule: not mirrored, so the full path decides.
        return Boolean(verdict) && !isThenable(verdict);
      });
    });
  }
  const properties = new Set(byProperty.keys());
  return { properties, checks, build: flatInstanceBuilder(metatype, properties, transformOptions) };
}

/**
 * What plainToInstance does with a flat plain object, read once per DTO: a new instance, then each
 * own key's value through its @Transform functions, in class-transformer's order and with its
 * arguments. plainToInstance looks all of that up again on every call, which was a tenth of a chat
 * message's allocations. Null when the DTO or the options use anything else class-transformer
 * offers (@Expose, @Exclude, @Type, strategies, groups, versions, implicit conversion, ...): then
 * plainToInstance itself builds the instance. The builder answers undefined, sending the payload
 * the full way, for a key that is not a validated property (the full path decides those) or
 * that the instance holds a function under.
 */
export function flatInstanceBuilder(metatype: Type<unknown>, properties: ReadonlySet<string>, transformOptions: ClassTransformOptions | undefined): InstanceBuilder | null {
  // ClassTransformer.plainToInstance hands the transform functions these options.
  const options: ClassTransformOptions = { ...classTransformerDefaults, ...transformOptions };
  const plainDefaults =
    options.enableImplicitConversion !== true &&
    options.excludeExtraneousValues !== true &&
    options.ignoreDecorators !== true &&
    options.enableCircularCheck !== true &&
    options.exposeDefaultValues !== true &&
    options.exposeUnsetFields !== false &&
    options.strategy === undefined &&
    options.excludePrefixes === undefined &&
    options.groups === undefined &&
    options.version === undefined &&
    options.targetMaps === undefined;
  const storage = defaultMetadataStorage;
  if (!plainDefaults || storage.getStrategy(metatype) !== 'none') return null;
  if (storage.getExposedMetadatas(metatype).length > 0 || storage.getExcludedMetadatas(metatype).length > 0) return null;
  const transformsOf = new Map<string, Array<(params: TransformFnParams) => unknown>>();
  for (const property of properties) {
    // A prototype member of that name (method, getter) changes what plainToInstance does with the key.
    if (storage.findTypeMetadata(metatype, property) !== undefined || property in metatype.prototype) return null;
    const transforms = storage.findTransformMetadatas(metatype, property, TransformationType.PLAIN_TO_CLASS);
    // Without groups in the options, class-transformer skips grouped transforms.
    transformsOf.set(
      property,
      transforms.filter((transform) => (transform.options?.groups?.length ?? 0) === 0).map((transform) => transform.transformFn),
    );
  }
  return (value) => {
    const instance = new metatype() as Record<string, unknown>;
    for (const key of Object.keys(value)) {
      const transforms = transformsOf.get(key);
      if (transforms === undefined || typeof instance[key] === 'function') return undefined;
      let field = value[key];
      for (const transform of transforms) field = transform({ value: field, key, obj: value, type: TransformationType.PLAIN_TO_CLASS, options });
      instance[key] = field;
    }
    return instance;
  };
}

/**
 * Validation as the contract says: unknown fields are refused, payloads become typed DTOs.
 * One instance, registered as the global pipe, so HTTP bodies and Socket.IO payloads go through the same checks.
 */
export const VALIDATION_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  transformOptions: { enableImplicitConversion: false },
  stopAtFirstError: false,
} as const;

export const validationPipe = new ContractValidationPipe(VALIDATION_OPTIONS);
