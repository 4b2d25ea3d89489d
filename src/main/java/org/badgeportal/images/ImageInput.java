package org.badgeportal.images;

/** What a form said about an image: nothing, checked bytes to store, or an http(s) address to link to. */
public sealed interface ImageInput {

    /** The address to show in a preview, or null when there is nothing to show. */
    String previewSrc();

    record None() implements ImageInput {
        @Override
        public String previewSrc() {
            return null;
        }
    }

    record Upload(CheckedImage image) implements ImageInput {
        @Override
        public String previewSrc() {
            return image.toDataUri();
        }
    }

    record Url(String url) implements ImageInput {
        @Override
        public String previewSrc() {
            return url;
        }
    }
}
