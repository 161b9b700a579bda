package io.newsflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Ports on the loopback interface, where every server of the local stack listens. */
final class Ports {

    private Ports() {
    }

    /**
     * A port that is free now. The servers bind it a moment later; another process could take it in between,
     * which start-up then reports as a port in use.
     */
    static int pickFree() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free port on the loopback interface", e);
        }
    }

    /** The requested port, or a free one for 0. */
    static int requestedOrFree(int requested) {
        return requested == 0 ? pickFree() : requested;
    }

    /** Fails with a message naming the server and the port when something already listens there. */
    static void requireFree(int port, String server) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + server + ": port " + port + " on "
                + InetAddress.getLoopbackAddress().getHostAddress() + " is already in use by another process. "
                + "Stop that process or choose another port (0 picks a free one).", e);
        }
    }
}
