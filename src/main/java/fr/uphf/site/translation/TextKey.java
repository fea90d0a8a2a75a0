package fr.uphf.site.translation;

/** A translatable field of a row: its table, its id and the field's name in the code (a Java property). */
public record TextKey(String objectType, long objectId, String field) {
}
