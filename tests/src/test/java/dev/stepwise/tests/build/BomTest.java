package dev.stepwise.tests.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * {@code stepwise-bom} manages every artifact Stepwise publishes (each module of the build that is
 * deployed and is not a pom), at the build's own version, and nothing else.
 */
class BomTest {
  private static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();

  private static Document read(Path pom) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(pom.toFile());
  }

  /** The text of the first child element {@code name} of {@code parent}, or null. */
  private static String child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && n.getNodeName().equals(name)) {
        return n.getTextContent().trim();
      }
    }
    return null;
  }

  private static Element childElement(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && n.getNodeName().equals(name)) {
        return (Element) n;
      }
    }
    return null;
  }

  /** artifactId to version of the published modules of the root build. */
  private static Map<String, String> published(Document root) throws Exception {
    Map<String, String> out = new TreeMap<>();
    NodeList modules = root.getElementsByTagName("module");
    for (int i = 0; i < modules.getLength(); i++) {
      Path pom = ROOT.resolve(modules.item(i).getTextContent().trim()).resolve("pom.xml");
      Element project = read(pom).getDocumentElement();
      Element properties = childElement(project, "properties");
      boolean skipped = properties != null && "true".equals(child(properties, "maven.deploy.skip"));
      if (!skipped && !"pom".equals(child(project, "packaging"))) {
        out.put(child(project, "artifactId"), child(project, "version"));
      }
    }
    return out;
  }

  @Test
  void theBomManagesEveryPublishedArtifactAtTheBuildsVersion() throws Exception {
    Element root = read(ROOT.resolve("pom.xml")).getDocumentElement();
    String version = child(root, "version");
    Path bomPom = ROOT.resolve("bom/pom.xml");
    assertTrue(Files.isRegularFile(bomPom), "no " + bomPom);
    Element bom = read(bomPom).getDocumentElement();
    assertEquals("stepwise-bom", child(bom, "artifactId"));
    assertEquals("pom", child(bom, "packaging"));
    assertEquals(version, child(bom, "version"), "the BOM's version");
    assertEquals(null, childElement(bom, "parent"), "a BOM without a parent leaks no test dependencies");

    List<String> managed = new ArrayList<>();
    Element management = childElement(childElement(bom, "dependencyManagement"), "dependencies");
    for (Node n = management.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        Element dep = (Element) n;
        assertEquals("dev.stepwise", child(dep, "groupId"));
        assertEquals("${project.version}", child(dep, "version"), child(dep, "artifactId"));
        managed.add(child(dep, "artifactId"));
      }
    }
    Map<String, String> published = published(read(ROOT.resolve("pom.xml")));
    assertFalse(published.isEmpty());
    assertEquals(new ArrayList<>(published.keySet()), managed.stream().sorted().toList(),
        "the BOM lists exactly the published artifacts");
    NodeList modules = root.getElementsByTagName("module");
    boolean listed = false;
    for (int i = 0; i < modules.getLength(); i++) {
      listed |= modules.item(i).getTextContent().trim().equals("bom");
    }
    assertTrue(listed, "the root build installs and deploys the BOM");
  }
}
