package com.telephony.bench.probe.crac;

import java.util.ArrayList;
import java.util.List;

/**
 * The probe's stand-in for the CRaC implementation Lambda's runtime provides ({@code -Dorg.crac.Core.Compat}):
 * handlers register resources through {@code org.crac.Core.getGlobalContext()} exactly as on Lambda. Without
 * {@code --snapstart} nothing calls them, as on a function without SnapStart; with it, {@link #checkpointRestore()}
 * runs the hooks in CRaC's order (checkpoint hooks last-registered first, restore hooks first-registered first),
 * which is what SnapStart does around its snapshot.
 */
public final class Core {
    private static final GlobalContext GLOBAL = new GlobalContext();

    private Core() {
    }

    public static Context<Resource> getGlobalContext() {
        return GLOBAL;
    }

    /** Runs every registered resource's hooks; returns how many resources there were. */
    public static int checkpointRestore() throws CheckpointException, RestoreException {
        List<Resource> resources = GLOBAL.snapshot();
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).beforeCheckpoint(GLOBAL);
            } catch (Exception e) {
                CheckpointException failure = new CheckpointException();
                failure.initCause(e);
                throw failure;
            }
        }
        for (Resource resource : resources) {
            try {
                resource.afterRestore(GLOBAL);
            } catch (Exception e) {
                RestoreException failure = new RestoreException();
                failure.initCause(e);
                throw failure;
            }
        }
        return resources.size();
    }

    private static final class GlobalContext extends Context<Resource> {
        private final List<Resource> resources = new ArrayList<>();

        @Override
        public synchronized void register(Resource resource) {
            resources.add(resource);
        }

        synchronized List<Resource> snapshot() {
            return List.copyOf(resources);
        }

        @Override
        public void beforeCheckpoint(Context<? extends Resource> context) throws CheckpointException {
            // the global context is not itself registered anywhere
        }

        @Override
        public void afterRestore(Context<? extends Resource> context) throws RestoreException {
            // the global context is not itself registered anywhere
        }
    }
}
