package dev.sluice.contracts.diff;

import dev.sluice.contracts.model.Contract;
import dev.sluice.contracts.model.CustomProperty;
import dev.sluice.contracts.model.Fundamentals;
import dev.sluice.contracts.model.Server;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Compares what does not decide which data is valid: fundamentals, custom properties, servers. */
final class MetadataDiff {
  private MetadataDiff() {}

  static void compare(Contract oldContract, Contract newContract, ChangeList out) {
    Fundamentals o = oldContract.fundamentals();
    Fundamentals n = newContract.fundamentals();
    out.metadata("apiVersion", o.apiVersion(), n.apiVersion());
    out.metadata("kind", o.kind(), n.kind());
    out.metadata("id", o.id(), n.id());
    out.metadata("name", o.name(), n.name());
    out.metadata("version", o.version(), n.version());
    out.metadata("status", o.status(), n.status());
    out.metadata("domain", o.domain(), n.domain());
    out.metadata("dataProduct", o.dataProduct(), n.dataProduct());
    out.metadata("tenant", o.tenant(), n.tenant());
    out.metadata("description.purpose", o.descriptionPurpose(), n.descriptionPurpose());
    out.metadata("tags", o.tags(), n.tags());
    customProperties("customProperties", oldContract.customProperties(),
        newContract.customProperties(), out);
  }

  /** Every custom property but {@code lineageTags} (compared by {@link LineageDiff}). */
  static void customProperties(String path, List<CustomProperty> oldProperties,
      List<CustomProperty> newProperties, ChangeList out) {
    Map<String, Object> olds = byName(oldProperties);
    Map<String, Object> news = byName(newProperties);
    TreeSet<String> names = new TreeSet<>(olds.keySet());
    names.addAll(news.keySet());
    names.remove(LineageDiff.PROPERTY);
    names.forEach(name -> out.metadata(path + "[" + name + "]", olds.get(name), news.get(name)));
  }

  static void servers(List<Server> oldServers, List<Server> newServers, ChangeList out) {
    Map<String, Server> olds = serversByName(oldServers);
    Map<String, Server> news = serversByName(newServers);
    olds.forEach((name, o) -> {
      Server n = news.get(name);
      String path = "servers[" + name + "]";
      if (n == null) {
        out.add(path, ChangeKind.SERVER_REMOVED, o.type(), null);
      } else if (!o.equals(n)) {
        out.add(path, ChangeKind.SERVER_CHANGED, o.attributes(), n.attributes());
      }
    });
    news.forEach((name, n) -> {
      if (!olds.containsKey(name)) {
        out.add("servers[" + name + "]", ChangeKind.SERVER_ADDED, null, n.type());
      }
    });
  }

  private static Map<String, Object> byName(List<CustomProperty> properties) {
    Map<String, Object> map = new LinkedHashMap<>();
    properties.forEach(p -> map.put(p.property(), p.value()));
    return map;
  }

  private static Map<String, Server> serversByName(List<Server> servers) {
    Map<String, Server> map = new LinkedHashMap<>();
    servers.forEach(s -> map.put(s.server(), s));
    return map;
  }
}
