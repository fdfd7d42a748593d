/**
 * Every domain event of Brückenschlag, in one place: its type and payload. Producers write
 * them through `DomainEventsService.publish` inside their transaction; consumers subscribe.
 */
export interface DomainEventPayloads {
  /** A practice check was completed; profiles are rederived from it. */
  AssessmentCompleted: {
    assessmentId: string;
    organisationId: string;
    template: string;
    version: number;
  };
}

export type DomainEventType = keyof DomainEventPayloads;

export interface DomainEvent<T extends DomainEventType = DomainEventType> {
  id: string;
  type: T;
  payload: DomainEventPayloads[T];
  occurredAt: Date;
}
