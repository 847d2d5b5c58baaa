package dev.recap.streams.topology;

import dev.recap.events.DigestItem;
import dev.recap.events.WeekEntry;
import dev.recap.events.WeekRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;

/**
 * Where an item stands in the weekly digests: in the week of its day ({@link WeekRole#OWN}), in the next
 * week as last week's projects ({@link WeekRole#PREVIOUS}), and, when it was first seen in a later week
 * within the late-arrival horizon, in that week as a late arrival ({@link WeekRole#LATE}). A change of an
 * item becomes the week entries that move it: removals where it no longer stands, the new item elsewhere.
 */
final class WeekPlacements {

    private final int lateArrivalWeeks;

    WeekPlacements(int lateArrivalWeeks) {
        this.lateArrivalWeeks = lateArrivalWeeks;
    }

    /** The week entries that turn {@code before} into {@code after} (either may be {@code null}). */
    List<KeyValue<String, WeekEntry>> changes(DigestItem before, DigestItem after) {
        Map<String, DigestItem> was = placements(before);
        Map<String, DigestItem> now = placements(after);
        List<KeyValue<String, WeekEntry>> entries = new ArrayList<>();
        String id = after != null ? after.getId() : before.getId();
        was.forEach((place, item) -> {
            if (!now.containsKey(place)) {
                entries.add(entry(place, id, null));
            }
        });
        now.forEach((place, item) -> {
            if (!item.equals(was.get(place))) {
                entries.add(entry(place, id, item));
            }
        });
        return entries;
    }

    // "week|ROLE" → the item as it stands there
    private Map<String, DigestItem> placements(DigestItem item) {
        Map<String, DigestItem> places = new LinkedHashMap<>();
        if (item == null) {
            return places;
        }
        LocalDate day = LocalDate.parse(item.getDay());
        places.put(place(Calendar.weekOf(day), WeekRole.OWN), item);
        places.put(place(Calendar.weekOf(day.plusWeeks(1)), WeekRole.PREVIOUS), projectsOnly(item));
        if (item.getArrived() != null) {
            LocalDate arrived = LocalDate.parse(item.getArrived());
            LocalDate ownWeek = Calendar.weekStart(Calendar.weekOf(day));
            LocalDate arrivalWeek = Calendar.weekStart(Calendar.weekOf(arrived));
            if (arrivalWeek.isAfter(ownWeek) && !arrivalWeek.isAfter(ownWeek.plusWeeks(lateArrivalWeeks))) {
                places.put(place(Calendar.weekOf(arrived), WeekRole.LATE), item);
            }
        }
        return places;
    }

    private static String place(String week, WeekRole role) {
        return week + "|" + role.name();
    }

    private static KeyValue<String, WeekEntry> entry(String place, String itemId, DigestItem item) {
        int bar = place.indexOf('|');
        WeekRole role = WeekRole.valueOf(place.substring(bar + 1));
        return KeyValue.pair(place.substring(0, bar), new WeekEntry(role, itemId, item));
    }

    // Last week's items only count by their projects: the rest would be read for nothing.
    private static DigestItem projectsOnly(DigestItem item) {
        return DigestItem.newBuilder()
                .setId(item.getId())
                .setKind(item.getKind())
                .setTitle("")
                .setProjects(item.getProjects())
                .build();
    }
}
