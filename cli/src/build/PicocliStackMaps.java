import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.internal.org.objectweb.asm.ClassReader;
import jdk.internal.org.objectweb.asm.ClassVisitor;
import jdk.internal.org.objectweb.asm.ClassWriter;
import jdk.internal.org.objectweb.asm.Opcodes;

/**
 * A build step of the shaded jar (see cli/pom.xml): rewrites picocli's classes in it as Java 6
 * class files, with the stack-map frames the verifier of those checks, so that the class-data
 * sharing archive of {@code ./sluice} can hold them. picocli ships Java 5 class files, which a
 * JDK 17 dynamic archive skips: every run read, parsed and verified the ~180 picocli classes it
 * needs from the jar, about 60 ms of start-up. The bytecode itself is left as it is.
 *
 * <p>Runs as a source file, with the JDK's own copy of ASM (so no dependency):
 * {@code java --add-exports java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED
 * PicocliStackMaps.java JAR}. Classes that are already Java 6 or newer are left alone, so a
 * second run changes nothing.
 */
public final class PicocliStackMaps {
  private static final int JAVA_6 = 50;

  private PicocliStackMaps() {}

  public static void main(String[] args) throws IOException {
    Path jar = Path.of(args[0]);
    try (URLClassLoader hierarchy = new URLClassLoader(new URL[] {jar.toUri().toURL()},
            ClassLoader.getPlatformClassLoader());
        FileSystem zip = FileSystems.newFileSystem(jar)) {
      for (Path entry : picocliClasses(zip)) {
        byte[] classFile = Files.readAllBytes(entry);
        if (majorVersion(classFile) < JAVA_6) {
          Files.write(entry, withStackMaps(classFile, hierarchy));
        }
      }
    }
  }

  private static List<Path> picocliClasses(FileSystem zip) throws IOException {
    try (Stream<Path> files = Files.walk(zip.getPath("/picocli"))) {
      return files.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList());
    }
  }

  private static int majorVersion(byte[] classFile) {
    return (classFile[6] & 0xff) << 8 | classFile[7] & 0xff;
  }

  /** The class as a Java 6 class file: the same code, with frames computed by ASM. */
  private static byte[] withStackMaps(byte[] classFile, ClassLoader hierarchy) {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
      @Override
      protected String getCommonSuperClass(String a, String b) {
        return commonSuperClass(a, b, hierarchy);
      }
    };
    new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM8, writer) {
      @Override
      public void visit(int version, int access, String name, String signature, String superName,
          String[] interfaces) {
        super.visit(Opcodes.V1_6, access, name, signature, superName, interfaces);
      }
    }, 0);
    return writer.toByteArray();
  }

  /** ASM's own rule for merging two types in a frame, with the classes looked up in the jar. */
  private static String commonSuperClass(String a, String b, ClassLoader hierarchy) {
    Class<?> first = load(a, hierarchy);
    Class<?> second = load(b, hierarchy);
    if (first.isAssignableFrom(second)) {
      return a;
    }
    if (second.isAssignableFrom(first)) {
      return b;
    }
    if (first.isInterface() || second.isInterface()) {
      return "java/lang/Object";
    }
    do {
      first = first.getSuperclass();
    } while (!first.isAssignableFrom(second));
    return first.getName().replace('.', '/');
  }

  private static Class<?> load(String internalName, ClassLoader hierarchy) {
    try {
      return Class.forName(internalName.replace('/', '.'), false, hierarchy);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("cannot compute stack maps: " + internalName + " not found", e);
    }
  }
}
