package dev.sluice.contracts.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The identifying fields at the root of an ODCS contract. */
public record Fundamentals(
    String apiVersion,
    String kind,
    String id,
    @Nullable String name,
    String version,
    String status,
    @Nullable String domain,
    @Nullable String dataProduct,
    @Nullable String tenant,
    @Nullable String descriptionPurpose,
    List<String> tags) {

  public Fundamentals {
    tags = List.copyOf(tags);
  }
}
