package io.pagewright.profile;

class InMemoryProfileStoreTest extends ProfileStoreContract {

    @Override
    protected ProfileStore emptyStore() {
        return new InMemoryProfileStore();
    }
}
