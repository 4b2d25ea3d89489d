package org.badgeportal.exports;

/**
 * Why a restore was refused: {@code exports.restore.refused.CODE} is the message, shown next to {@code field}
 * ("file" or "ownerEmail"). Thrown inside the restore's transaction, so nothing it wrote stays.
 */
class RestoreRefusedException extends RuntimeException {

    private final String field;
    private final String code;
    private final transient Object[] arguments;

    RestoreRefusedException(String field, String code, Object... arguments) {
        super(code);
        this.field = field;
        this.code = code;
        this.arguments = arguments;
    }

    /** The file is not an export: {@code where} is the JSON path of the first wrong value (or a short reason). */
    static RestoreRefusedException notAnExport(String where) {
        return new RestoreRefusedException("file", "notAnExport", where);
    }

    String field() {
        return field;
    }

    String messageKey() {
        return "exports.restore.refused." + code;
    }

    Object[] arguments() {
        return arguments;
    }
}
