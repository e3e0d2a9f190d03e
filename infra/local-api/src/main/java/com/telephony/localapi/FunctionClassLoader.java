package com.telephony.localapi;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Enumeration;

/**
 * Loads one function from its own deployment artifact, isolated like a Lambda container: everything comes from the
 * artifact (or the JDK), except the Lambda runtime interfaces and event classes, which are shared with the local API
 * so it can hand the handler real event objects.
 */
final class FunctionClassLoader extends URLClassLoader {
    private static final String SHARED_PACKAGE = "com.amazonaws.services.lambda.runtime.";

    private final ClassLoader host;

    FunctionClassLoader(String name, Path artifact, ClassLoader host) throws IOException {
        super(name, new URL[]{artifact.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        this.host = host;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(SHARED_PACKAGE)) {
            return host.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        // Only the artifact's own resources: the host's service files would make Micronaut see foreign beans.
        return findResources(name);
    }

    @Override
    public URL getResource(String name) {
        URL own = findResource(name);
        return own != null ? own : super.getResource(name);
    }
}
