package dev.sluice.cli;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Test helper: parses JUnit XML (failing on anything not well-formed) and checks its shape. */
final class JunitXml {
  private JunitXml() {}

  /** Parses {@code xml}; throws if it is not well-formed XML 1.0. */
  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  /** Validates {@code xml} against the common JUnit shape in {@code junit/junit.xsd}. */
  static void validate(String xml) throws SAXException, IOException {
    URL xsd = JunitXml.class.getResource("/junit/junit.xsd");
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.newSchema(xsd).newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  static List<Element> elements(Document doc, String name) {
    NodeList nodes = doc.getElementsByTagName(name);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  /** The testcase whose name is {@code checkId}. */
  static Element testcase(Document doc, String checkId) {
    return elements(doc, "testcase").stream().filter(e -> e.getAttribute("name").equals(checkId))
        .findFirst().orElseThrow(() -> new AssertionError("no testcase " + checkId));
  }

  /** The value of the suite property {@code name}. */
  static String property(Document doc, String name) {
    return elements(doc, "property").stream().filter(e -> e.getAttribute("name").equals(name))
        .map(e -> e.getAttribute("value")).findFirst()
        .orElseThrow(() -> new AssertionError("no property " + name));
  }
}
