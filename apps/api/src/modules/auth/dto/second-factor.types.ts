import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class TotpEnrollment {
  @Field({ description: 'Base32 secret (RFC 6238, SHA-1, 6 digits, 30 s).' })
  secret!: string;

  @Field()
  otpauthUri!: string;

  @Field({ description: 'The otpauth URI as an SVG QR code.' })
  qrSvg!: string;
}

@ObjectType()
export class RecoveryCodes {
  @Field(() => [String], { description: 'Ten single-use codes, shown once.' })
  codes!: string[];
}
