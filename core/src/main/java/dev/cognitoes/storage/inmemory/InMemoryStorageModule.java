package dev.cognitoes.storage.inmemory;

import dev.cognitoes.spi.AppClientStore;
import dev.cognitoes.spi.GroupStore;
import dev.cognitoes.spi.StorageModule;
import dev.cognitoes.spi.UserPoolStore;
import dev.cognitoes.spi.UserStore;
import java.security.NoSuchAlgorithmException;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.axonframework.serialization.Serializer;

/**
 * Keeps everything in this JVM's memory: fast, and gone when the process ends. Its master key is drawn at
 * random, since nothing it seals outlives it.
 */
public final class InMemoryStorageModule implements StorageModule {

    private InMemoryEventStorageEngine eventStorageEngine;
    private final SecretKey masterKey = randomAesKey();
    private final InMemoryUserPoolStore userPoolStore = new InMemoryUserPoolStore();
    private final InMemoryAppClientStore appClientStore = new InMemoryAppClientStore();
    private final InMemoryUserStore userStore = new InMemoryUserStore();
    private final InMemoryGroupStore groupStore = new InMemoryGroupStore();

    /** The event log, created at the first call: every runtime given this module shares it. */
    @Override
    public synchronized InMemoryEventStorageEngine eventStorageEngine(Serializer eventSerializer,
                                                                      Serializer snapshotSerializer) {
        if (eventStorageEngine == null) {
            eventStorageEngine = new InMemoryEventStorageEngine(snapshotSerializer);
        }
        return eventStorageEngine;
    }

    /**
     * The event log as a runtime using this module appends to it, for inspection.
     *
     * @throws IllegalStateException when no runtime has been built on this module yet
     */
    public synchronized InMemoryEventStorageEngine eventStorageEngine() {
        if (eventStorageEngine == null) {
            throw new IllegalStateException("no runtime has been built on this storage module yet");
        }
        return eventStorageEngine;
    }

    @Override
    public SecretKey masterKey() {
        return masterKey;
    }

    @Override
    public UserPoolStore userPoolStore() {
        return userPoolStore;
    }

    @Override
    public AppClientStore appClientStore() {
        return appClientStore;
    }

    @Override
    public UserStore userStore() {
        return userStore;
    }

    @Override
    public GroupStore groupStore() {
        return groupStore;
    }

    private static SecretKey randomAesKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM offers no AES", e);
        }
    }
}
