package dev.cognitoes.spi;

/**
 * A {@link StorageModule} whose state derived from the event log can be thrown away, so that
 * {@link dev.cognitoes.config.CognitoRuntime#rebuildReadModels()} rebuilds it from the log: the audit path, and the
 * way back after a projection was changed or a read-model row was damaged.
 */
public interface ReadModelReset {

    /**
     * Deletes every read-model row and every aggregate snapshot in the calling thread's transaction of
     * {@link StorageModule#transactionManager()}, and keeps every other writer of the event log waiting until that
     * transaction ends, so that no event is appended between the deletion and the replay. The event log, tracking
     * tokens and the master key stay as they are. Snapshots go because they carry no revision: an aggregate that
     * changed shape would be restored wrongly from one, while its events always replay.
     */
    void clearDerivedState();
}
