package io.pagewright.event;

class InMemoryEventLogTest extends EventLogContract {

    @Override
    protected EventLog emptyLog() {
        return new InMemoryEventLog();
    }
}
