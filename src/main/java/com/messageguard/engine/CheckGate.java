package com.messageguard.engine;

/**
 * Admits the rule pass of a check. The engine enters before it runs the rules and leaves after,
 * whatever happens in between; a gate may make a check wait for its turn, never refuse it.
 */
public interface CheckGate {

    /** Admits every check at once: the engine of tests and benchmarks. */
    CheckGate OPEN = new CheckGate() {
        @Override
        public boolean enter() {
            return false;
        }

        @Override
        public void leave() {
        }
    };

    /** Waits for the check's turn; whether it took one, so that {@link #leave} must give it back. */
    boolean enter();

    /** Gives back the turn {@link #enter} took. */
    void leave();
}
