package com.telephony.store.memory;

import com.telephony.domain.fabric.PageRequest;
import com.telephony.domain.fabric.SipEndpoint;
import com.telephony.domain.fabric.SipEndpointPage;
import com.telephony.domain.fabric.SipEndpointStore;
import com.telephony.domain.fabric.SipEndpointUsernameTaken;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SIP endpoints in memory, with the DynamoDB adapter's semantics: one lock per project makes each write check the
 * version it replaces and the username guard and apply both or neither. Endpoints are ordered by id, which (a
 * version 7 UUID) is creation order, exactly as the table's sort key orders them.
 */
public final class InMemorySipEndpointStore implements SipEndpointStore {
    private final Map<String, Project> projects = new ConcurrentHashMap<>();

    private static final class Project {
        final TreeMap<String, SipEndpoint> endpoints = new TreeMap<>();
        /** username -> endpoint id */
        final Map<String, String> usernames = new HashMap<>();
    }

    private Project project(String projectId) {
        return projects.computeIfAbsent(projectId, id -> new Project());
    }

    @Override
    public void insert(SipEndpoint endpoint) {
        Project project = project(endpoint.projectId());
        synchronized (project) {
            if (project.usernames.containsKey(endpoint.settings().username())) {
                throw new SipEndpointUsernameTaken();
            }
            if (project.endpoints.containsKey(endpoint.id())) {
                throw new IllegalStateException("SIP endpoint id collision: " + endpoint.id());
            }
            project.endpoints.put(endpoint.id(), endpoint);
            project.usernames.put(endpoint.settings().username(), endpoint.id());
        }
    }

    @Override
    public Optional<SipEndpoint> find(String projectId, String endpointId) {
        Project project = project(projectId);
        synchronized (project) {
            return Optional.ofNullable(project.endpoints.get(endpointId));
        }
    }

    /** The version check comes first, so a stale read is reported as such and not as a taken username. */
    @Override
    public boolean replace(SipEndpoint current, SipEndpoint updated) {
        Project project = project(current.projectId());
        synchronized (project) {
            SipEndpoint stored = project.endpoints.get(current.id());
            if (stored == null || stored.version() != current.version()) {
                return false;
            }
            String oldName = current.settings().username();
            String newName = updated.settings().username();
            if (!oldName.equals(newName)) {
                if (project.usernames.containsKey(newName)) {
                    throw new SipEndpointUsernameTaken();
                }
                project.usernames.remove(oldName, current.id());
                project.usernames.put(newName, current.id());
            }
            project.endpoints.put(current.id(), updated);
            return true;
        }
    }

    @Override
    public boolean delete(SipEndpoint current) {
        Project project = project(current.projectId());
        synchronized (project) {
            SipEndpoint stored = project.endpoints.get(current.id());
            if (stored == null || stored.version() != current.version()) {
                return false;
            }
            project.endpoints.remove(current.id());
            project.usernames.remove(stored.settings().username(), current.id());
            return true;
        }
    }

    @Override
    public SipEndpointPage page(String projectId, PageRequest request) {
        Project project = project(projectId);
        synchronized (project) {
            NavigableMap<String, SipEndpoint> newestFirst = project.endpoints.descendingMap();
            int size = request.size();
            if (request.cursor().isEmpty()) {
                List<SipEndpoint> page = first(newestFirst.values(), size);
                return new SipEndpointPage(page, newestFirst.size() > size, false);
            }
            PageRequest.Cursor cursor = request.cursor().get();
            if (cursor.direction() == PageRequest.Cursor.Direction.OLDER) {
                NavigableMap<String, SipEndpoint> older = newestFirst.tailMap(cursor.endpointId(), false);
                List<SipEndpoint> page = first(older.values(), size);
                boolean newer = !page.isEmpty() && !newestFirst.headMap(page.get(0).id(), false).isEmpty();
                return new SipEndpointPage(page, older.size() > size, newer);
            }
            NavigableMap<String, SipEndpoint> newerNearestFirst = project.endpoints.tailMap(cursor.endpointId(), false);
            List<SipEndpoint> page = new ArrayList<>(first(newerNearestFirst.values(), size));
            Collections.reverse(page);
            boolean older = !page.isEmpty()
                    && !newestFirst.tailMap(page.get(page.size() - 1).id(), false).isEmpty();
            return new SipEndpointPage(page, older, newerNearestFirst.size() > size);
        }
    }

    private static List<SipEndpoint> first(Iterable<SipEndpoint> endpoints, int size) {
        List<SipEndpoint> page = new ArrayList<>();
        for (SipEndpoint endpoint : endpoints) {
            if (page.size() == size) {
                break;
            }
            page.add(endpoint);
        }
        return page;
    }
}
