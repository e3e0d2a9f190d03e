package com.telephony.lambda;

/** A class only ClassPreloadingTest loads: its static initializer says whether it ran. */
final class PreloadProbe {
    static {
        PreloadProbeState.initialized = true;
    }

    private PreloadProbe() {
    }
}

/** Outside PreloadProbe, so reading it does not initialize PreloadProbe. */
final class PreloadProbeState {
    static volatile boolean initialized;

    private PreloadProbeState() {
    }
}
