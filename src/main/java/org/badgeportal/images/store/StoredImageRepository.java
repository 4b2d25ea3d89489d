package org.badgeportal.images.store;

import org.badgeportal.images.StoredImage;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredImageRepository extends JpaRepository<StoredImage, Long> {
}
