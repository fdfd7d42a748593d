import { boundsProblems, type Bounds } from '@bs/domain';
import { Field, Float, InputType } from '@nestjs/graphql';
import {
  IsLatitude,
  IsLongitude,
  Validate,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
  type ValidationArguments,
} from 'class-validator';

@ValidatorConstraint({ name: 'boundsNotInverted' })
class BoundsNotInverted implements ValidatorConstraintInterface {
  validate(_value: unknown, args: ValidationArguments): boolean {
    return !boundsProblems(args.object as Bounds).some((p) => p.code === 'INVERTED');
  }

  defaultMessage(): string {
    return 'bounds.inverted';
  }
}

@InputType({ description: 'A bounding box in WGS84 degrees (south ≤ north, west ≤ east)' })
export class BoundsInput implements Bounds {
  @Field(() => Float)
  @IsLatitude({ message: 'bounds.latitude' })
  @Validate(BoundsNotInverted)
  south!: number;

  @Field(() => Float)
  @IsLongitude({ message: 'bounds.longitude' })
  @Validate(BoundsNotInverted)
  west!: number;

  @Field(() => Float)
  @IsLatitude({ message: 'bounds.latitude' })
  north!: number;

  @Field(() => Float)
  @IsLongitude({ message: 'bounds.longitude' })
  east!: number;
}
