package io.newsflow.localstack.child;

import java.lang.instrument.Instrumentation;

/**
 * The Elasticsearch node's entitlement agent, which the distribution ships and Maven Central does not. At start-up
 * the server attaches this agent to itself and passes the name of its entitlement initialisation class; the agent
 * hands the {@link Instrumentation} over to it. Runs in the node's JVM, so it must stay self-contained: the local
 * stack copies only this class into the agent jar.
 */
public final class EntitlementAgent {

    private EntitlementAgent() {
    }

    public static void agentmain(String initializationClass, Instrumentation instrumentation) throws ReflectiveOperationException {
        // Agents are loaded by the system class loader outside any module; the server exports the class's package to it.
        Class<?> initialization = Class.forName(initializationClass, true, ClassLoader.getSystemClassLoader());
        initialization.getMethod("initialize", Instrumentation.class).invoke(null, instrumentation);
    }
}
