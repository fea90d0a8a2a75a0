package fr.uphf.site.media;

/** An upload the library does not take, with the message (admin.media.error.*) that tells staff why. */
class RejectedFileException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    RejectedFileException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments;
    }
}
