/*
 * Optional host script for embeds of the TTS migration story map. Embeds already post their
 * height in the Datawrapper and pym.js message shapes, so hosts that handle those need nothing.
 * Elsewhere, include this file once: it sizes every <iframe data-tts-embed> to its content.
 */
(function () {
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || !data["datawrapper-height"]) return;
    var frames = document.querySelectorAll("iframe[data-tts-embed]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== event.source) continue;
      var heights = data["datawrapper-height"];
      for (var id in heights) {
        var h = Number(heights[id]);
        if (h > 0 && h < 20000) frames[i].style.height = h + "px";
      }
    }
  });
})();
