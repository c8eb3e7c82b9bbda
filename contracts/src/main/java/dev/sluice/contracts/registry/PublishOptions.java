package dev.sluice.contracts.registry;

import org.jspecify.annotations.Nullable;

/**
 * How to publish: by default a change that breaks the registry's compatibility mode needs a
 * major version bump; {@link #allowBreaking(String)} publishes it anyway and records the reason.
 *
 * @param allowBreakingReason why breaking changes are accepted without a major bump; null to
 *     refuse them
 */
public record PublishOptions(@Nullable String allowBreakingReason) {
  public static final PublishOptions DEFAULTS = new PublishOptions(null);

  public PublishOptions {
    if (allowBreakingReason != null && allowBreakingReason.isBlank()) {
      throw new IllegalArgumentException("allowing breaking changes needs a reason");
    }
  }

  public static PublishOptions allowBreaking(String reason) {
    return new PublishOptions(reason);
  }
}
