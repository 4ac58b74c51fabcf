package org.qikan.check;

/** A link, asset reference or {@code #fragment} in a built page that does not resolve, or that points at another host. */
public record LinkProblem(String page, String reference, String reason) {
    @Override
    public String toString() {
        return page + ": " + reference + " (" + reason + ")";
    }
}
