"""Keys, encryption, the SQLCipher engine, the blob store, the lock. Knows nothing of clients."""
