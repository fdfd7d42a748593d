import { Global, Module } from '@nestjs/common';
import { DomainEventsService } from './domain-events.service';

/** One outbox for the whole application (global: producers and consumers share it). */
@Global()
@Module({
  providers: [DomainEventsService],
  exports: [DomainEventsService],
})
export class EventsModule {}
