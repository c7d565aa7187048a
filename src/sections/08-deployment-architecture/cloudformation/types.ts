/** A resource of a CloudFormation template, as 8.1's table, diagram and inspections read it. */
export interface CloudResource {
  /** The logical id: the key under Resources. */
  id: string;
  /** AWS::EC2::VPC, AWS::RDS::DBInstance, ... ('' when the template gives none). */
  type: string;
  /** Properties as plain values; intrinsic functions in their long form ({ Ref: "VPC" }). */
  properties: Record<string, unknown>;
  /** Logical ids of the resources its properties refer to (Ref, GetAtt, Sub), in order. */
  refers: string[];
  /** 1-based line of its logical id. */
  line: number;
}

export interface CloudProblem {
  message: string;
  line: number;
}

export interface CloudTemplate {
  resources: CloudResource[];
  /** Names under Parameters: a Ref may name them too. */
  parameters: string[];
  problems: CloudProblem[];
}
